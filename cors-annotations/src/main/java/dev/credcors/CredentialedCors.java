package dev.credcors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows credentialed cross-origin requests (cookies, {@code Authorization} headers) to a Jakarta
 * REST resource from the listed browser origins, and nothing else.
 *
 * <p>Put it on a resource class (one with {@code @Path}) or on a resource method (one with an HTTP
 * method designator such as {@code @GET}). A method-level annotation replaces the class-level one
 * for that method; the two are never merged.
 *
 * <pre>{@code
 * @Path("/api/profile")
 * @CredentialedCors(
 *     origins = "https://app.example.com",
 *     originPatterns = "^https://[a-z0-9-]+\\.preview\\.example\\.com$",
 *     allowHeaders = {"Content-Type", "Authorization"})
 * public class ProfileResource {
 *   @GET
 *   public Profile get() { ... }
 * }
 * }</pre>
 *
 * <p>The credcors annotation processor checks the policy when the code compiles: a wildcard or
 * {@code null} origin, an unanchored or over-permissive pattern, a cleartext origin, a policy
 * without {@code Vary: Origin} and the other rules in the README fail the build with an error on
 * the offending value. A valid policy becomes a generated class that the {@code
 * cors-runtime-jaxrs} library applies in Jersey and RESTEasy without any registration code.
 *
 * <p>Credentials are always allowed: that is what this annotation is for. At least one of {@link
 * #origins()}, {@link #originPatterns()}, {@link #originsProperty()} and {@link
 * #originPatternsProperty()} must be given.
 *
 * <p>The generated filter also guards writes: a request with any method other than {@code GET},
 * {@code HEAD} or {@code OPTIONS} that a browser sends from a page the policy does not allow (a
 * form {@code POST} or a {@code no-cors} {@code fetch} from another site, which CORS lets through
 * because the page only cannot <em>read</em> the answer) is refused with {@code 403} before
 * resource code and authentication run. See {@link #refuseCrossSiteWrites()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CredentialedCors {

  /** The default of {@link #maxAge()}: ten minutes, well under every browser's cap. */
  long DEFAULT_MAX_AGE = 600;

  /**
   * Exact origins, each serialized exactly as a browser sends it in the {@code Origin} header:
   * lower-case scheme and host, no path or trailing slash, no default port, an internationalized
   * host in punycode. Examples: {@code "https://app.example.com"}, {@code
   * "https://admin.example.com:8443"}, {@code "http://localhost:5173"} (loopback only; a warning).
   * Matching is exact and case-sensitive.
   */
  String[] origins() default {};

  /**
   * Java regular expressions for families of origins, anchored with {@code ^} and {@code $}, e.g.
   * {@code "^https://[a-z0-9-]+\\.example\\.com$"}. Each is matched against the whole {@code
   * Origin} value. The processor rejects patterns that admit origins the author evidently did not
   * mean (look-alike suffixes and prefixes, unescaped dots, cleartext, public suffixes) and
   * patterns that can backtrack catastrophically.
   */
  String[] originPatterns() default {};

  /**
   * HTTP methods allowed cross-origin. Empty (the default) means exactly the methods the resource
   * serves on each path, computed at compile time.
   */
  String[] methods() default {};

  /**
   * Request headers a preflight may ask for, compared case-insensitively. The default, {@code
   * Content-Type}, is what a credentialed JSON {@code POST} needs; add {@code Authorization} for
   * bearer tokens and any custom header (for example a CSRF token header) your front end sends.
   */
  String[] allowHeaders() default {"Content-Type"};

  /** Response headers, beyond the CORS-safelisted ones, that the page's script may read. */
  String[] exposeHeaders() default {};

  /**
   * How long, in seconds, a browser may cache a preflight answer. Defaults to {@value
   * #DEFAULT_MAX_AGE}; values above 7200 are capped by Chromium and draw a warning.
   */
  long maxAge() default DEFAULT_MAX_AGE;

  /**
   * The {@code Vary} values every response of the resource carries. Must include {@code Origin},
   * so that a shared cache never serves one origin's credentialed response to another.
   */
  String[] vary() default {"Origin"};

  /**
   * Whether to answer Private Network Access preflights ({@code
   * Access-Control-Request-Private-Network: true}) with {@code
   * Access-Control-Allow-Private-Network: true}, letting public pages of the allowed origins reach
   * this server on a private network.
   */
  boolean allowPrivateNetwork() default false;

  /**
   * The name of a configuration property holding more exact origins, comma-separated, e.g. {@code
   * "app.cors.origins"}: the same artifact then serves each environment its own front ends. The
   * value is added to {@link #origins()} and is resolved once, at start-up, from MicroProfile
   * Config when it is on the class path, else the system property of that name, else the
   * environment variable of that name, else its MicroProfile form ({@code APP_CORS_ORIGINS}). Each
   * entry is trimmed and then held to every rule {@link #origins()} is held to at compile time: a
   * bad, missing or empty value stops the application from starting. Empty (the default): none.
   */
  String originsProperty() default "";

  /**
   * The name of a configuration property holding more origin patterns, comma-separated, resolved
   * and checked at start-up like {@link #originsProperty()} and added to {@link #originPatterns()}.
   * A pattern containing a comma cannot be given this way; write it in {@link #originPatterns()}.
   * Empty (the default): none.
   */
  String originPatternsProperty() default "";

  /**
   * Whether to refuse forged cross-site writes (on by default). A request whose method is not
   * {@code GET}, {@code HEAD} or {@code OPTIONS} gets {@code 403}, before resource code and before
   * authentication filters, unless its {@code Origin} is allowed by this policy, its {@code
   * Sec-Fetch-Site} is {@code same-origin} or {@code none} (or {@code same-site} with {@link
   * #allowSameSiteWrites()}), or it carries neither header (a non-browser client) or, without
   * {@code Sec-Fetch-Site}, an {@code Origin} equal to the request's own origin. {@code Origin:
   * null}, {@code Sec-Fetch-Site: cross-site} and any other value are refused.
   *
   * <p>Set it to {@code false} only for an endpoint that must accept writes from pages of other
   * sites that are not listed here, such as an SSO {@code form_post} callback; the processor warns
   * ({@code cross-site-writes-allowed}), and the warning can be suppressed with
   * {@code @SuppressWarnings("credcors:cross-site-writes-allowed")} where that is the point.
   */
  boolean refuseCrossSiteWrites() default true;

  /**
   * Whether writes sent with {@code Sec-Fetch-Site: same-site} (from another origin of the same
   * registrable domain, such as {@code https://blog.example.com} writing to {@code
   * https://api.example.com}) pass the write guard although their origin is not listed. Off by
   * default: a sibling subdomain is often run by someone else, or less carefully. Only meaningful
   * while {@link #refuseCrossSiteWrites()} is {@code true}; with the guard off it has no effect and
   * draws a warning.
   */
  boolean allowSameSiteWrites() default false;
}
