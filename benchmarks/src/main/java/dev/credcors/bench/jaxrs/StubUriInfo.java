package dev.credcors.bench.jaxrs;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The pre-matching view of a request URI: base {@code http://127.0.0.1:8080/}, a fixed path, no
 * query. Only what a pre-matching filter may use is answered; matching results throw.
 */
final class StubUriInfo implements UriInfo {

  private static final URI BASE = URI.create("http://127.0.0.1:8080/");

  private final String path;
  private final URI requestUri;

  StubUriInfo(String path) {
    this.path = path;
    this.requestUri = BASE.resolve(path);
  }

  @Override
  public String getPath() {
    return path;
  }

  @Override
  public String getPath(boolean decode) {
    return path;
  }

  @Override
  public URI getRequestUri() {
    return requestUri;
  }

  @Override
  public URI getAbsolutePath() {
    return requestUri;
  }

  @Override
  public URI getBaseUri() {
    return BASE;
  }

  @Override
  public MultivaluedMap<String, String> getQueryParameters() {
    return new MultivaluedHashMap<>();
  }

  @Override
  public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
    return new MultivaluedHashMap<>();
  }

  @Override
  public List<PathSegment> getPathSegments() {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<PathSegment> getPathSegments(boolean decode) {
    throw new UnsupportedOperationException();
  }

  @Override
  public UriBuilder getRequestUriBuilder() {
    throw new UnsupportedOperationException();
  }

  @Override
  public UriBuilder getAbsolutePathBuilder() {
    throw new UnsupportedOperationException();
  }

  @Override
  public UriBuilder getBaseUriBuilder() {
    throw new UnsupportedOperationException();
  }

  @Override
  public MultivaluedMap<String, String> getPathParameters() {
    throw new UnsupportedOperationException("not matched yet");
  }

  @Override
  public MultivaluedMap<String, String> getPathParameters(boolean decode) {
    throw new UnsupportedOperationException("not matched yet");
  }

  @Override
  public List<String> getMatchedURIs() {
    throw new UnsupportedOperationException("not matched yet");
  }

  @Override
  public List<String> getMatchedURIs(boolean decode) {
    throw new UnsupportedOperationException("not matched yet");
  }

  @Override
  public List<Object> getMatchedResources() {
    throw new UnsupportedOperationException("not matched yet");
  }

  @Override
  public URI resolve(URI uri) {
    return BASE.resolve(uri);
  }

  @Override
  public URI relativize(URI uri) {
    return BASE.relativize(uri);
  }
}
