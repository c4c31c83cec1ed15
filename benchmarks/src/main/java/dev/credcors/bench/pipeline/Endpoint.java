package dev.credcors.bench.pipeline;

import dev.credcors.bench.resources.ProfileResource;
import dev.credcors.bench.resources.TwoOriginsResource;
import java.net.URI;

/** The resources a pipeline request goes to; both have the same policy and API shape. */
public enum Endpoint {
  /** {@link TwoOriginsResource}: a {@code GET} that returns two bytes, so overhead is maximal. */
  NOOP(CorsMode.PATH),
  /** {@link ProfileResource}: a {@code GET} that builds a small JSON document, a real endpoint. */
  JSON("/o2/profile/42");

  /** The base URI of the in-process Jersey requests. */
  static final String BASE = "http://127.0.0.1:8080/";

  private final String path;
  private final URI uri;

  Endpoint(String path) {
    this.path = path;
    this.uri = URI.create(BASE + path.substring(1));
  }

  /** The request path, absolute, without a query. */
  public String path() {
    return path;
  }

  /** The absolute request URI under {@link #BASE}. */
  URI uri() {
    return uri;
  }
}
