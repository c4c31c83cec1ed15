package dev.credcors.bench.decision;

import dev.credcors.bench.resources.Inputs;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/** The requests every implementation decides, each with what a correct decision looks like. */
public enum RequestCase {
  /** A {@code GET} from the allowed origin: the response must allow it. */
  ALLOWED("GET", Inputs.ALLOWED_ORIGIN, null, null),
  /** A {@code GET} from a look-alike origin: no {@code Access-Control-Allow-Origin}. */
  DISALLOWED("GET", Inputs.DISALLOWED_ORIGIN, null, null),
  /** A same-origin or non-browser {@code GET}: not a CORS request at all. */
  NO_ORIGIN("GET", null, null, null),
  /** A preflight for a credentialed {@code DELETE} with two headers from the allowed origin. */
  PREFLIGHT("OPTIONS", Inputs.ALLOWED_ORIGIN, Inputs.PREFLIGHT_METHOD, Inputs.PREFLIGHT_HEADERS),
  /** A {@code GET} with an 8 KiB {@code Origin} that nearly matches the subdomain pattern. */
  HOSTILE_8K("GET", Inputs.hostileOrigin(), null, null);

  private final String method;
  private final byte[] origin;
  private final String requestMethod;
  private final String requestHeaders;

  RequestCase(String method, String origin, String requestMethod, String requestHeaders) {
    this.method = method;
    this.origin = origin == null ? null : origin.getBytes(StandardCharsets.ISO_8859_1);
    this.requestMethod = requestMethod;
    this.requestHeaders = requestHeaders;
  }

  public String method() {
    return method;
  }

  /** {@code Access-Control-Request-Method}, or null. */
  public String requestMethod() {
    return requestMethod;
  }

  /** {@code Access-Control-Request-Headers}, or null. */
  public String requestHeaders() {
    return requestHeaders;
  }

  /**
   * The {@code Origin} header as a server decodes it from the wire: a new string each time, so that
   * no implementation benefits from a {@code String.hashCode()} cached by an earlier call.
   */
  public String freshOrigin() {
    return origin == null ? null : new String(origin, StandardCharsets.ISO_8859_1);
  }

  /**
   * Hands each CORS request header of this case to {@code header}, with a {@linkplain
   * #freshOrigin() fresh} {@code Origin}, the way a server adds decoded headers to its request.
   */
  public void headers(BiConsumer<String, String> header) {
    String fresh = freshOrigin();
    if (fresh != null) {
      header.accept("Origin", fresh);
    }
    if (requestMethod != null) {
      header.accept("Access-Control-Request-Method", requestMethod);
    }
    if (requestHeaders != null) {
      header.accept("Access-Control-Request-Headers", requestHeaders);
    }
  }

  /** Whether a correct implementation lets the page read the response. */
  public boolean allowed() {
    return this == ALLOWED || this == PREFLIGHT;
  }
}
