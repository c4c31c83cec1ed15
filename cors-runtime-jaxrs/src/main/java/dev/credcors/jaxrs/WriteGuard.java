package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The request side of every generated filter: refuses a write that a browser sends from a page the
 * resource's policy does not allow, before resource code and authentication run.
 *
 * <p>CORS only stops a page from <em>reading</em> a cross-origin answer. A form {@code POST} with a
 * {@code text/plain} or urlencoded body, or {@code fetch(url, {mode: 'no-cors', credentials:
 * 'include'})}, needs no preflight, so the browser sends it with the user's cookie and the write
 * happens. The decision uses the browser's own statement of where a request comes from ({@code
 * Sec-Fetch-Site}, W3C Fetch Metadata) and, for browsers without it, {@code Origin}, which browsers
 * send on every non-{@code GET}/{@code HEAD} request (Fetch, "append a request Origin header"), in
 * the order of {@link Verdict}. Go 1.25's {@code net/http.CrossOriginProtection} makes the same
 * kind of decision; here the resource's own checked allowlist is what may write cross-origin.
 *
 * <p>A method override filter ({@code X-HTTP-Method-Override}, {@code _method}) changes the method
 * before matching; {@link PreflightFilter} runs first and records an unsafe original method as
 * {@link #ORIGINAL_METHOD_PROPERTY}, so a {@code POST} that was turned into a {@code GET} is still
 * judged as the write it is.
 */
final class WriteGuard {

  /**
   * The request property holding the request's method as it arrived, set by {@link PreflightFilter}
   * only when that method is not safe.
   */
  static final String ORIGINAL_METHOD_PROPERTY = "dev.credcors.jaxrs.originalMethod";

  /**
   * The outcome, one per row of the decision table, tried in this order; the first that applies
   * wins.
   */
  enum Verdict {
    /** Row 1: {@code GET}, {@code HEAD} or {@code OPTIONS}, as sent and as matched. */
    SAFE_METHOD(1, true),
    /** Row 2: a single {@code Origin} the policy allows, whatever {@code Sec-Fetch-Site} says. */
    ALLOWED_ORIGIN(2, true),
    /** Row 3: {@code Sec-Fetch-Site: same-origin} or {@code none} (typed URL, bookmark). */
    SAME_ORIGIN_FETCH(3, true),
    /** Row 4: {@code Sec-Fetch-Site: same-site} under a policy that allows same-site writes. */
    SAME_SITE_ALLOWED(4, true),
    /** Row 4: {@code Sec-Fetch-Site: same-site} under a policy that does not. */
    SAME_SITE_REFUSED(4, false),
    /** Row 5: {@code Sec-Fetch-Site: cross-site}, any other value, or the header repeated. */
    CROSS_SITE_FETCH(5, false),
    /** Row 6: neither {@code Sec-Fetch-Site} nor {@code Origin}: not a browser (curl, a server). */
    NOT_FROM_A_BROWSER(6, true),
    /** Row 7: {@code Origin: null}, which sandboxed and {@code data:} documents send. */
    NULL_ORIGIN(7, false),
    /** Row 8: no {@code Sec-Fetch-Site}, and {@code Origin} is the request's own origin. */
    OWN_ORIGIN(8, true),
    /** Row 9: any other {@code Origin}: repeated, empty, malformed or not allowed. */
    OTHER_ORIGIN(9, false),
    /** The guard is off for this policy. */
    GUARD_OFF(0, true);

    private final int row;
    private final boolean passes;

    Verdict(int row, boolean passes) {
      this.row = row;
      this.passes = passes;
    }

    /** The row of the decision table in README and docs/RUNTIME.md; 0 when the guard is off. */
    int row() {
      return row;
    }

    boolean passes() {
      return passes;
    }
  }

  private WriteGuard() {}

  /**
   * Refuses {@code request} with {@code 403} when {@link #judge} says so, and says whether it did.
   * The refusal carries the policy's {@code Vary} and no {@code Access-Control-*} header.
   */
  static boolean filter(CorsPolicy policy, ContainerRequestContext request) {
    if (!judge(policy, request).passes()) {
      request.abortWith(refusal(policy));
      return true;
    }
    return false;
  }

  /**
   * The verdict on a request as Jakarta REST presents it. Never throws: a write that cannot even be
   * judged (a container that fails to give its URI, say) is refused.
   */
  static Verdict judge(CorsPolicy policy, ContainerRequestContext request) {
    try {
      String method = request.getMethod();
      Object original = request.getProperty(ORIGINAL_METHOD_PROPERTY);
      String originalMethod = original instanceof String text ? text : null;
      if (isSafe(method) && originalMethod == null) {
        return Verdict.SAFE_METHOD; // the common read: no header is looked at
      }
      MultivaluedMap<String, String> headers = request.getHeaders();
      return decide(
          policy,
          method,
          originalMethod,
          headers.get(CorsHeaders.ORIGIN),
          headers.get(CorsHeaders.SEC_FETCH_SITE),
          request.getUriInfo().getRequestUri());
    } catch (RuntimeException e) {
      return Verdict.OTHER_ORIGIN;
    }
  }

  /**
   * Decides one request from raw values (each header list {@code null} when absent), in the order
   * of the table.
   *
   * @param method the method Jakarta REST matched
   * @param originalMethod the method as sent when a pre-matching filter changed it, else {@code
   *     null}
   * @param requestUri the request URI the container computed, whose scheme, host and port are the
   *     request's own origin
   */
  static Verdict decide(
      CorsPolicy policy,
      String method,
      String originalMethod,
      List<String> origin,
      List<String> secFetchSite,
      URI requestUri) {
    if (isSafe(method) && (originalMethod == null || isSafe(originalMethod))) {
      return Verdict.SAFE_METHOD;
    }
    if (!policy.refuseCrossSiteWrites()) {
      return Verdict.GUARD_OFF;
    }
    String singleOrigin = CorsHeaders.single(origin);
    if (policy.allowsOrigin(singleOrigin)) {
      return Verdict.ALLOWED_ORIGIN;
    }
    if (secFetchSite != null) {
      // Repeated, the header is not one browser's statement: refused like an unknown value.
      String site = CorsHeaders.single(secFetchSite);
      if ("same-origin".equals(site) || "none".equals(site)) {
        return Verdict.SAME_ORIGIN_FETCH;
      }
      if ("same-site".equals(site)) {
        return policy.allowSameSiteWrites() ? Verdict.SAME_SITE_ALLOWED : Verdict.SAME_SITE_REFUSED;
      }
      return Verdict.CROSS_SITE_FETCH;
    }
    if (origin == null) {
      return Verdict.NOT_FROM_A_BROWSER;
    }
    if ("null".equals(singleOrigin)) {
      return Verdict.NULL_ORIGIN;
    }
    if (isOwnOrigin(singleOrigin, requestUri)) {
      return Verdict.OWN_ORIGIN;
    }
    return Verdict.OTHER_ORIGIN;
  }

  /** Safe methods (RFC 9110 section 9.2.1) that a browser sends cross-site without a preflight. */
  static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  /**
   * Whether {@code origin} equals {@link #ownOrigin}{@code (uri)}. Most origins that reach this
   * (another site's) differ from it in length, which is known without building the string, so
   * refusing or logging them allocates nothing here. A {@link URI}'s scheme and host are ASCII (its
   * grammar allows nothing else there), so lower-casing them keeps their length.
   */
  static boolean isOwnOrigin(String origin, URI uri) {
    if (origin == null || uri == null || uri.getScheme() == null || uri.getHost() == null) {
      return false;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    int port = uri.getPort();
    int length = scheme.length() + 3 + host.length();
    if (!isDefaultPort(scheme.toLowerCase(Locale.ROOT), port)) {
      length += 2; // ':' and the first digit
      for (int rest = port / 10; rest > 0; rest /= 10) {
        length++;
      }
    }
    return origin.length() == length && origin.equals(ownOrigin(uri));
  }

  private static boolean isDefaultPort(String lowerCaseScheme, int port) {
    return port == -1
        || port == 80 && lowerCaseScheme.equals("http")
        || port == 443 && lowerCaseScheme.equals("https");
  }

  /**
   * {@code scheme://host[:port]} of {@code uri} as a browser serializes an origin (HTML, "ASCII
   * serialization of an origin"): lower case, the scheme's default port left out; {@code null} when
   * the URI has no scheme or host.
   */
  static String ownOrigin(URI uri) {
    if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
      return null;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = isDefaultPort(scheme, port);
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }

  private static Response refusal(CorsPolicy policy) {
    // An empty body, not none, as for a refused preflight (PreflightFilter): in a servlet container
    // Jersey hands a bodiless error to sendError, and Jetty's error page drops the Vary header.
    return Response.status(Response.Status.FORBIDDEN)
        .header(CorsHeaders.VARY, policy.vary())
        .entity("")
        .type(MediaType.TEXT_PLAIN_TYPE)
        .build();
  }
}
