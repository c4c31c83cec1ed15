package dev.credcors.jaxrs;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The answer to one CORS preflight request (WHATWG Fetch, section 4.8 "CORS-preflight fetch"):
 * {@code 204} with the policy's grants when the origin, the method and every requested header are
 * allowed, otherwise {@code 403} with only {@code Vary}. Decided from header values alone so it can
 * be tested without a server.
 *
 * @param status {@code 204} or {@code 403}
 * @param headers the response headers, in the order they are sent
 * @param denial why a {@code 403} was given, for the log; {@code null} when allowed or unrouted
 */
record Preflight(int status, Map<String, String> headers, Denial denial) {

  static final int ALLOWED = 204;
  static final int DENIED = 403;

  /**
   * A denial carrying the generic preflight {@code Vary}, for requests no policy can be found for.
   */
  static final Preflight DENIED_UNROUTED =
      new Preflight(
          DENIED,
          Map.of(
              CorsHeaders.VARY,
              CorsHeaders.ORIGIN
                  + ", "
                  + CorsHeaders.REQUEST_METHOD
                  + ", "
                  + CorsHeaders.REQUEST_HEADERS));

  /**
   * Takes {@code headers} as it is, read-only, without a defensive copy: every caller builds a new
   * map per answer and never touches it again, and on the preflight path a copy was a measurable
   * share of the filter's own time (BENCHMARKS.md).
   */
  Preflight {
    headers = headers instanceof HeaderList ? headers : Collections.unmodifiableMap(headers);
  }

  Preflight(int status, Map<String, String> headers) {
    this(status, headers, null);
  }

  boolean allowed() {
    return status == ALLOWED;
  }

  /**
   * Decides a preflight governed by {@code binding} (see {@link Route#binding}) from the raw values
   * of its request headers (each list {@code null} when the header is absent).
   */
  static Preflight decide(
      Route.Binding binding,
      List<String> origin,
      List<String> requestMethod,
      List<String> requestHeaders,
      List<String> requestPrivateNetwork) {
    String method = CorsHeaders.single(requestMethod);
    CorsPolicy policy = binding.endpoint().policy();
    String allowedOrigin = CorsHeaders.single(origin);
    Denial denial = null;
    if (!policy.allowsOrigin(allowedOrigin)) {
      denial = Denial.ofOrigin(origin);
    } else if (!CorsHeaders.isToken(method) || !binding.allowsMethod(method)) {
      denial = Denial.METHOD_NOT_ALLOWED;
    } else if (requestHeaders != null
        && (requestHeaders.size() != 1 || !policy.allowsRequestHeaders(requestHeaders.get(0)))) {
      denial = Denial.HEADER_NOT_ALLOWED;
    }
    if (denial != null) {
      return new Preflight(
          DENIED, new HeaderList(1).add(CorsHeaders.VARY, policy.preflightVary()), denial);
    }
    HeaderList headers = new HeaderList(7);
    headers.add(CorsHeaders.ALLOW_ORIGIN, allowedOrigin);
    headers.add(CorsHeaders.ALLOW_CREDENTIALS, "true");
    headers.add(CorsHeaders.ALLOW_METHODS, binding.endpoint().allowMethods());
    if (!policy.allowHeaders().isEmpty()) {
      headers.add(CorsHeaders.ALLOW_HEADERS, policy.allowHeaders());
    }
    headers.add(CorsHeaders.MAX_AGE, policy.maxAgeValue());
    // Private Network Access: grant only when asked and allowed; when asked and not allowed the
    // CORS part still succeeds and the browser enforces the missing grant (Chrome's warning mode
    // would otherwise break a request that plain CORS allows).
    if (policy.allowPrivateNetwork() && "true".equals(CorsHeaders.single(requestPrivateNetwork))) {
      headers.add(CorsHeaders.ALLOW_PRIVATE_NETWORK, "true");
    }
    headers.add(CorsHeaders.VARY, policy.preflightVary());
    return new Preflight(ALLOWED, headers, null);
  }
}
