package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Checks the cookies of a response to an allowed, cross-site request (every such request may carry
 * credentials: the policy grants them) and names each {@link CookieFinding} with its fix, once per
 * (policy, cookie name, finding), at {@code WARNING} under the logger {@value #LOGGER}. Cookie
 * values are never read into a message. In {@link CookieDiagnostics#STRICT} mode the response
 * becomes a {@code 500} naming the finding, and every such response is logged.
 *
 * <p>Only cookies set through Jakarta REST ({@code Response.cookie}, a {@code Set-Cookie} header on
 * the response) are visible here; one a servlet filter adds later is not.
 */
final class CookieCheck {

  static final String LOGGER = "dev.credcors.cookies";

  /** Findings remembered as logged; beyond this many, new ones are not logged (never unbounded). */
  static final int MAX_REMEMBERED = 4096;

  /**
   * In {@link CookieDiagnostics#LOG} mode, one in this many allowed responses that set no cookie is
   * looked at for {@link CookieFinding#CLEARTEXT_CREDENTIALS}, the only finding such a response can
   * have. The finding is logged once per policy and comes from how the application is deployed, so
   * a sample finds it as surely; looking needs the request URI, which RESTEasy parses on first use
   * (about 3% of a no-op request, BENCHMARKS.md). Strict mode looks at every response.
   */
  static final int CLEARTEXT_SAMPLING = 64;

  private static final CookieCheck INSTANCE = new CookieCheck(System.getLogger(LOGGER));

  private final Logger log;
  private final Set<String> logged = ConcurrentHashMap.newKeySet();

  CookieCheck(Logger log) {
    this.log = log;
  }

  static CookieCheck get() {
    return INSTANCE;
  }

  /**
   * Checks {@code response}, whose request came from the allowed {@code origin}.
   *
   * @param setsCookie whether the response has a {@code Set-Cookie} header, as the response filter
   *     found while it read the header names
   */
  void check(
      CorsEndpoint endpoint,
      String origin,
      ContainerRequestContext request,
      ContainerResponseContext response,
      boolean setsCookie) {
    CookieDiagnostics mode = endpoint.cookieDiagnostics();
    if (mode == CookieDiagnostics.OFF) {
      return;
    }
    if (!setsCookie
        && mode == CookieDiagnostics.LOG
        && ThreadLocalRandom.current().nextInt(CLEARTEXT_SAMPLING) != 0) {
      return; // not this one's turn to be looked at for cleartext credentials
    }
    URI uri = request.getUriInfo().getRequestUri();
    boolean cleartext = "http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost());
    // The common allowed response sets no cookie over TLS or loopback: nothing to find, so the
    // cross-site computation and the string view of the headers are skipped. The string view is a
    // view of the same map, so a cookie it would show is also in the raw map.
    if (!cleartext && !setsCookie) {
      return;
    }
    String requestOrigin = uri.getScheme() + "://" + uri.getHost();
    if (!RegistrableDomains.crossSite(origin, requestOrigin)) {
      return;
    }
    String first = null;
    if (cleartext) {
      first = report(endpoint, origin, "", CookieFinding.CLEARTEXT_CREDENTIALS);
    }
    List<String> cookies = response.getStringHeaders().get(CorsHeaders.SET_COOKIE);
    if (cookies != null) {
      for (String cookie : cookies) {
        if (cookie == null) {
          continue;
        }
        String name = CookieFinding.name(cookie);
        for (CookieFinding finding : CookieFinding.of(cookie)) {
          String text = report(endpoint, origin, name, finding);
          first = first == null ? text : first;
        }
      }
    }
    if (first != null && mode == CookieDiagnostics.STRICT) {
      response.setStatus(500);
      response.getHeaders().remove(CorsHeaders.SET_COOKIE);
      response.setEntity(
          "credcors cookie diagnostics (strict): " + first,
          new Annotation[0],
          MediaType.TEXT_PLAIN_TYPE);
    }
  }

  /**
   * Logs the finding the first time it is seen for this policy and cookie. Returns its text in
   * strict mode (the response body names it), else {@code null}: the text is only built when it is
   * written somewhere, so a finding already logged costs no string building per response.
   */
  private String report(CorsEndpoint endpoint, String origin, String name, CookieFinding finding) {
    boolean strict = endpoint.cookieDiagnostics() == CookieDiagnostics.STRICT;
    // Strict mode is for test suites, where every failing response should explain itself.
    String key = System.identityHashCode(endpoint.policy()) + "|" + name + "|" + finding;
    if (!strict && !(logged.size() < MAX_REMEMBERED && logged.add(key))) {
      return null;
    }
    String text =
        (name.isEmpty() ? "The credentialed request" : "Cookie " + DenialLog.quote(List.of(name)))
            + " "
            + finding.problem()
            + "; "
            + finding.fix()
            + " ["
            + finding.code()
            + "; cross-site response to Origin "
            + DenialLog.quote(List.of(origin))
            + " from "
            + endpoint.httpMethod()
            + " "
            + endpoint.pathTemplate()
            + ", policy declared on "
            + (endpoint.declaredOn().isEmpty() ? endpoint.javaMethod() : endpoint.declaredOn())
            + "]";
    log.log(Level.WARNING, text);
    return strict ? text : null;
  }

  private static boolean isLoopback(String host) {
    return host != null
        && (host.equals("localhost")
            || host.endsWith(".localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1"));
  }
}
