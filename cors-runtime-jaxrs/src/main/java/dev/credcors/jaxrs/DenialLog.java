package dev.credcors.jaxrs;

import dev.credcors.policy.OriginMatcher;
import dev.credcors.policy.Printable;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Says in the server log why a browser was refused, since the browser itself only reports "blocked
 * by CORS policy". Every denial is logged at {@code DEBUG}; the first of each (endpoint, reason,
 * origin) in a minute is logged at {@code INFO} instead, within a global cap (see {@link
 * DenialRateLimit}). Goes through {@link System.Logger}, so JUL, Log4j, SLF4J and JBoss Logging all
 * receive it under the logger name {@value #LOGGER}.
 *
 * <p>Only the CORS request headers ({@code Origin}, {@code Access-Control-Request-*}, {@code
 * Sec-Fetch-Site}) are ever quoted, cut to {@value #MAX_QUOTED} characters and escaped by {@link
 * Printable#escapeNonAscii}: never a cookie, {@code Authorization} or any other header value. No
 * method here throws.
 */
final class DenialLog {

  static final String LOGGER = "dev.credcors.denials";

  /** Longest part of a hostile header value that is quoted. */
  static final int MAX_QUOTED = 120;

  private static final DenialLog INSTANCE =
      new DenialLog(System.getLogger(LOGGER), new DenialRateLimit());

  private final Logger log;
  private final DenialRateLimit limit;

  DenialLog(Logger log, DenialRateLimit limit) {
    this.log = log;
    this.limit = limit;
  }

  static DenialLog get() {
    return INSTANCE;
  }

  /** A refused preflight, with the request header values it was decided on. */
  void preflight(
      CorsEndpoint endpoint,
      Denial denial,
      List<String> origin,
      List<String> requestMethod,
      List<String> requestHeaders) {
    try {
      Level level = level(endpoint, denial, origin);
      if (level == null) {
        return;
      }
      String detail =
          switch (denial) {
            case METHOD_NOT_ALLOWED ->
                "Access-Control-Request-Method "
                    + quote(requestMethod)
                    + " is not one of \""
                    + endpoint.allowMethods()
                    + "\"; Origin "
                    + quote(origin);
            case HEADER_NOT_ALLOWED -> refusedHeader(endpoint.policy(), requestHeaders, origin);
            default -> originDetail(endpoint.policy(), denial, origin);
          };
      // The route's first policy decides a method nobody serves there: name what was asked for.
      String asked = CorsHeaders.single(requestMethod);
      String method = CorsHeaders.isToken(asked) ? asked : endpoint.httpMethod();
      write(level, "preflight", method, endpoint, denial, detail);
    } catch (RuntimeException e) {
      // Logging must never cost the request its answer.
    }
  }

  /**
   * What the rate limit counts a response's refused origin as. Its reason is a function of the
   * origin, so it need not be worked out (a scan of the origin) for a line that is not written.
   */
  private static final Object REFUSED_ON_RESPONSE = new Object();

  /**
   * The level an actual request's {@code Origin} that got no grant on the response of {@code
   * endpoint} would be logged at now, or {@code null} when it would not be: the first of the two
   * steps of logging it, so that a caller can skip the rest of its own checks for the usual repeat,
   * which the rate limit suppresses. A non-null answer has counted the denial as logged.
   */
  Level responseLevel(CorsEndpoint endpoint, List<String> origin) {
    try {
      return level(endpoint, REFUSED_ON_RESPONSE, origin);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Logs a refused origin at {@code level}, from {@link #responseLevel}; nothing if null. */
  void response(Level level, CorsEndpoint endpoint, List<String> origin) {
    if (level == null) {
      return;
    }
    try {
      Denial denial = Denial.ofOrigin(origin);
      write(
          level,
          "response",
          endpoint.httpMethod(),
          endpoint,
          denial,
          originDetail(endpoint.policy(), denial, origin));
    } catch (RuntimeException e) {
      // as above
    }
  }

  /**
   * Set on a request whose refusal is already logged, so the response side does not log the same
   * request again as a refused origin.
   */
  static final String LOGGED_PROPERTY = "dev.credcors.jaxrs.denialLogged";

  /** A write the write guard refused, with the headers it judged by. */
  void forgedWrite(CorsEndpoint endpoint, ContainerRequestContext request) {
    try {
      request.setProperty(LOGGED_PROPERTY, Boolean.TRUE);
      MultivaluedMap<String, String> headers = request.getHeaders();
      forgedWrite(
          endpoint,
          request.getMethod(),
          headers.get(CorsHeaders.ORIGIN),
          headers.get(CorsHeaders.SEC_FETCH_SITE));
    } catch (RuntimeException e) {
      // as above
    }
  }

  void forgedWrite(
      CorsEndpoint endpoint, String method, List<String> origin, List<String> fetchSite) {
    try {
      Level level = level(endpoint, Denial.FORGED_WRITE, origin);
      if (level != null) {
        String detail =
            quote(List.of(method))
                + " from Origin "
                + quote(origin)
                + " with Sec-Fetch-Site "
                + quote(fetchSite)
                + " refused with 403 before resource code: the page is not on an origin the policy"
                + " allows";
        write(level, "write", endpoint.httpMethod(), endpoint, Denial.FORGED_WRITE, detail);
      }
    } catch (RuntimeException e) {
      // as above
    }
  }

  /** INFO when the rate limit admits it, else DEBUG when enabled, else null (nothing to do). */
  private Level level(CorsEndpoint endpoint, Object reason, List<String> origin) {
    if (log.isLoggable(Level.INFO) && limit.admit(endpoint, reason, first(origin))) {
      return Level.INFO;
    }
    return log.isLoggable(Level.DEBUG) ? Level.DEBUG : null;
  }

  private void write(
      Level level,
      String what,
      String method,
      CorsEndpoint endpoint,
      Denial denial,
      String detail) {
    log.log(
        level,
        "CORS "
            + what
            + " denied ["
            + denial.code()
            + "] "
            + denial.description()
            + ": "
            + method
            + " "
            + endpoint.pathTemplate()
            + ", policy declared on "
            + (endpoint.declaredOn().isEmpty() ? endpoint.javaMethod() : endpoint.declaredOn())
            + "; "
            + detail);
  }

  private static String originDetail(CorsPolicy policy, Denial denial, List<String> origin) {
    String value = CorsHeaders.single(origin);
    switch (denial) {
      case ORIGIN_TOO_LONG:
        return "Origin of "
            + value.length()
            + " characters, longer than the "
            + OriginMatcher.MAX_ORIGIN_LENGTH
            + " a real origin can be: "
            + quote(origin);
      case MALFORMED_ORIGIN:
        return (origin == null || origin.size() == 1
                ? "Origin "
                : origin.size() + " Origin headers ")
            + quote(origin)
            + " is not one origin as a browser serializes it";
      default:
        NearMiss.Found near = NearMiss.find(policy, value);
        return "Origin "
            + quote(origin)
            + " is not allowed by the policy"
            + (near == null
                ? ""
                : "; near miss: \""
                    + near.allowed()
                    + "\" is allowed (differs by "
                    + near.differences()
                    + ")");
    }
  }

  private static String refusedHeader(
      CorsPolicy policy, List<String> requestHeaders, List<String> origin) {
    String value = CorsHeaders.single(requestHeaders);
    String because;
    if (value == null) {
      because = "is sent " + requestHeaders.size() + " times, which no browser does";
    } else if (value.length() > CorsHeaders.MAX_REQUEST_HEADERS_LENGTH) {
      because = "is " + value.length() + " characters long, more than a browser sends";
    } else {
      String name = policy.firstRefusedRequestHeader(value);
      because =
          "asks for "
              + quote(List.of(name == null ? value : name))
              + ", which allowHeaders \""
              + policy.allowHeaders()
              + "\" does not list";
    }
    return "Access-Control-Request-Headers "
        + quote(requestHeaders)
        + " "
        + because
        + "; Origin "
        + quote(origin);
  }

  /** Header values as a log shows them: quoted, escaped, cut, comma-joined; "(absent)" for none. */
  static String quote(List<String> values) {
    if (values == null || values.isEmpty()) {
      return "(absent)";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size() && i < 3; i++) {
      String value = values.get(i) == null ? "" : values.get(i);
      out.append(i > 0 ? ", \"" : "\"")
          .append(
              Printable.escapeNonAscii(value.substring(0, Math.min(value.length(), MAX_QUOTED))))
          .append(value.length() > MAX_QUOTED ? "...\" (" + value.length() + " characters)" : "\"");
    }
    if (values.size() > 3) {
      out.append(", ... (").append(values.size()).append(" values)");
    }
    return out.toString();
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
