package dev.credcors.bench.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request as a Jakarta REST container hands it to filters, reduced to the headers CORS reads. It
 * does no work a real container would not also do (the header map is built once and only the {@code
 * Origin} value changes per exchange, properties are a reused map), so that a benchmark measures
 * the filter, not the stub. Everything a CORS filter has no business calling throws.
 */
public final class StubRequestContext implements ContainerRequestContext {

  private final String method;
  private final StubUriInfo uriInfo;
  private final String requestMethod;
  private final String requestHeaders;
  private final Map<String, Object> properties = new HashMap<>();
  // Built once: a container parses the headers into its map once, before any filter runs.
  private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
  private final List<String> originValues = new ArrayList<>(1);
  private String origin;
  private Response aborted;

  /**
   * @param method the HTTP method
   * @param path the request path relative to the application, without a leading slash
   * @param requestMethod {@code Access-Control-Request-Method}, or null
   * @param requestHeaders {@code Access-Control-Request-Headers}, or null
   */
  public StubRequestContext(
      String method, String path, String requestMethod, String requestHeaders) {
    this.method = method;
    this.uriInfo = new StubUriInfo(path);
    this.requestMethod = requestMethod;
    this.requestHeaders = requestHeaders;
    originValues.add(null);
    if (requestMethod != null) {
      headers.putSingle("Access-Control-Request-Method", requestMethod);
    }
    if (requestHeaders != null) {
      headers.putSingle("Access-Control-Request-Headers", requestHeaders);
    }
  }

  /** Starts a new exchange with this {@code Origin} (null for none), as a container would. */
  public StubRequestContext reset(String origin) {
    this.origin = origin;
    if (origin == null) {
      headers.remove("Origin");
    } else {
      originValues.set(0, origin);
      headers.put("Origin", originValues);
    }
    this.aborted = null;
    properties.clear();
    return this;
  }

  /** The response a request filter aborted with, or null. */
  public Response aborted() {
    return aborted;
  }

  @Override
  public String getHeaderString(String name) {
    // Header names are case-insensitive (RFC 9110, section 5.1).
    if ("Origin".equalsIgnoreCase(name)) {
      return origin;
    }
    if ("Access-Control-Request-Method".equalsIgnoreCase(name)) {
      return requestMethod;
    }
    if ("Access-Control-Request-Headers".equalsIgnoreCase(name)) {
      return requestHeaders;
    }
    return null;
  }

  @Override
  public MultivaluedMap<String, String> getHeaders() {
    return headers;
  }

  @Override
  public String getMethod() {
    return method;
  }

  @Override
  public UriInfo getUriInfo() {
    return uriInfo;
  }

  @Override
  public void abortWith(Response response) {
    this.aborted = response;
  }

  @Override
  public Object getProperty(String name) {
    return properties.get(name);
  }

  @Override
  public Collection<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public void setProperty(String name, Object object) {
    properties.put(name, object);
  }

  @Override
  public void removeProperty(String name) {
    properties.remove(name);
  }

  @Override
  public void setRequestUri(URI requestUri) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setRequestUri(URI baseUri, URI requestUri) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Request getRequest() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setMethod(String method) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Date getDate() {
    return null;
  }

  @Override
  public Locale getLanguage() {
    return null;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public MediaType getMediaType() {
    return null;
  }

  @Override
  public List<MediaType> getAcceptableMediaTypes() {
    return List.of(MediaType.WILDCARD_TYPE);
  }

  @Override
  public List<Locale> getAcceptableLanguages() {
    return List.of();
  }

  @Override
  public Map<String, Cookie> getCookies() {
    return Map.of();
  }

  @Override
  public boolean hasEntity() {
    return false;
  }

  @Override
  public InputStream getEntityStream() {
    return InputStream.nullInputStream();
  }

  @Override
  public void setEntityStream(InputStream input) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SecurityContext getSecurityContext() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setSecurityContext(SecurityContext context) {
    throw new UnsupportedOperationException();
  }
}
