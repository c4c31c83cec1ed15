package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * What the response side says in the log once the CORS headers are decided: why an {@code Origin}
 * got no grant ({@link DenialLog}), or, for an allowed cross-site one, which cookies the browser
 * will drop ({@link CookieCheck}). Same-origin requests (a browser sends {@code Origin} on a
 * same-origin {@code POST}) are not denials and are not logged. Never throws.
 */
final class ResponseDiagnostics {

  private ResponseDiagnostics() {}

  /**
   * @param originHeader the request's {@code Origin} header values, {@code null} when absent
   * @param outcome what the response filter decided, or {@code null} when it could not decide; then
   *     the policy is asked here (an origin match, a regular expression for a pattern policy, is
   *     the one step worth not doing twice per response)
   */
  static void after(
      CorsEndpoint endpoint,
      List<String> originHeader,
      ContainerRequestContext request,
      ContainerResponseContext response,
      CorsResponseFilter.Outcome outcome) {
    try {
      if (originHeader == null) {
        return; // not a CORS request
      }
      String origin = CorsHeaders.single(originHeader);
      if (outcome != null ? outcome.granted() : endpoint.policy().allowsOrigin(origin)) {
        boolean setsCookie = outcome == CorsResponseFilter.Outcome.GRANTED_SETTING_COOKIES;
        CookieCheck.get().check(endpoint, origin, request, response, setsCookie);
      } else {
        // The rate limit first: it suppresses the usual repeat, which then costs nothing more. A
        // request already logged as a forged write, or a same-origin one, is not logged here.
        DenialLog denials = DenialLog.get();
        Level level = denials.responseLevel(endpoint, originHeader);
        if (level != null
            && request.getProperty(DenialLog.LOGGED_PROPERTY) == null
            && !isSameOrigin(origin, request)) {
          denials.response(level, endpoint, originHeader);
        }
      }
    } catch (RuntimeException e) {
      // Diagnostics must never cost the response.
    }
  }

  /**
   * Whether {@code origin} is the request's own, as the write guard decides it (its row 8): the
   * request URI's scheme, host and port, or the {@code Host} header behind a proxy that rewrites
   * the URI.
   */
  static boolean isSameOrigin(String origin, ContainerRequestContext request) {
    if (origin == null) {
      return false;
    }
    if (WriteGuard.isOwnOrigin(origin, request.getUriInfo().getRequestUri())) {
      return true;
    }
    String host = request.getHeaderString("Host");
    int separator = origin.indexOf("://");
    // equalsIgnoreCase on the part after "://", without cutting it out of the origin.
    return host != null
        && separator > 0
        && origin.length() - separator - 3 == host.length()
        && origin.regionMatches(true, separator + 3, host, 0, host.length());
  }
}
