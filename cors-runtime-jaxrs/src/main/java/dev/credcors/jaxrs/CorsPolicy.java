package dev.credcors.jaxrs;

import dev.credcors.policy.OriginMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checked credentialed CORS policy: who may call, with which headers. Built once, in a static
 * initializer of generated code, from values the processor validated and joined at compile time;
 * every header value a response carries is computed here, once, so a request only compares and
 * copies references.
 *
 * <p>A policy that names configuration properties ({@code originsProperty}, {@code
 * originPatternsProperty}) allows only its literal origins until the runtime resolves and checks
 * those properties, once, when the application starts ({@link ConfiguredPolicies}); from then on
 * the origins are fixed. Otherwise instances are immutable. All instances are thread-safe. Two
 * policies are equal when they allow the same origins, send the same headers and guard writes the
 * same way, which is what the start-up {@code conflicting-policies} check compares.
 */
public final class CorsPolicy {

  private final List<String> literalOrigins;
  private final List<Pattern> literalPatterns;
  private final String originsProperty;
  private final String originPatternsProperty;
  private final Set<String> suppressions;

  /** Replaced once at start-up when the policy names a property; see {@link #install}. */
  private volatile OriginMatcher origins;

  private final String allowHeaders;
  private final String[] allowedRequestHeaders;
  private final String exposeHeaders;
  private final long maxAge;
  private final String maxAgeValue;
  private final String vary;
  private final String[] varyTokens;
  private final String preflightVary;
  private final boolean allowPrivateNetwork;
  private final boolean refuseCrossSiteWrites;
  private final boolean allowSameSiteWrites;

  private CorsPolicy(Builder builder) {
    this.literalOrigins = List.copyOf(builder.exactOrigins);
    this.literalPatterns = List.copyOf(builder.originPatterns);
    this.originsProperty = builder.originsProperty;
    this.originPatternsProperty = builder.originPatternsProperty;
    this.suppressions = Set.copyOf(builder.suppressions);
    this.origins = OriginMatcher.of(literalOrigins, literalPatterns);
    this.allowHeaders = headerValue("allowHeaders", builder.allowHeaders);
    this.allowedRequestHeaders = lowerCaseTokens(allowHeaders);
    this.exposeHeaders = headerValue("exposeHeaders", builder.exposeHeaders);
    if (builder.maxAge < 0) {
      throw new IllegalArgumentException("maxAge must not be negative: " + builder.maxAge);
    }
    this.maxAge = builder.maxAge;
    this.maxAgeValue = Long.toString(builder.maxAge);
    // Origin is always varied on, whatever the builder was given: a shared cache must never
    // serve one origin's credentialed response to another (Fetch, "CORS protocol and HTTP caches").
    this.vary = Vary.merge(headerValue("vary", builder.vary), "Origin");
    this.varyTokens = Vary.tokens(vary);
    this.allowPrivateNetwork = builder.allowPrivateNetwork;
    this.refuseCrossSiteWrites = builder.refuseCrossSiteWrites;
    this.allowSameSiteWrites = builder.allowSameSiteWrites;
    String preflight =
        CorsHeaders.ORIGIN
            + ", "
            + CorsHeaders.REQUEST_METHOD
            + ", "
            + CorsHeaders.REQUEST_HEADERS
            + (allowPrivateNetwork ? ", " + CorsHeaders.REQUEST_PRIVATE_NETWORK : "");
    this.preflightVary = Vary.merge(preflight, vary);
    if (literalOrigins.isEmpty() && literalPatterns.isEmpty() && !namesProperty()) {
      throw new IllegalArgumentException("a credentialed CORS policy must allow some origin");
    }
  }

  /** Whether origins come from configuration too, to be resolved at start-up. */
  boolean namesProperty() {
    return !originsProperty.isEmpty() || !originPatternsProperty.isEmpty();
  }

  /** The {@code originsProperty} name, or empty. */
  String originsProperty() {
    return originsProperty;
  }

  /** The {@code originPatternsProperty} name, or empty. */
  String originPatternsProperty() {
    return originPatternsProperty;
  }

  /** The origins written in the annotation. */
  List<String> literalOrigins() {
    return literalOrigins;
  }

  /** The patterns written in the annotation. */
  List<Pattern> literalPatterns() {
    return literalPatterns;
  }

  /** The {@code credcors:<tag>} warnings suppressed in source where the policy is written. */
  Set<String> suppressions() {
    return suppressions;
  }

  /** The exact origins in force. */
  Set<String> exactOrigins() {
    return origins.exactOrigins();
  }

  /**
   * Puts the literal and the checked configured origins in force; called at start-up, before the
   * first request, by {@link ConfiguredPolicies} only.
   */
  void install(List<String> configuredOrigins, List<Pattern> configuredPatterns) {
    List<String> exact = new ArrayList<>(literalOrigins);
    exact.addAll(configuredOrigins);
    List<Pattern> patterns = new ArrayList<>(literalPatterns);
    patterns.addAll(configuredPatterns);
    this.origins = OriginMatcher.of(exact, patterns);
  }

  /** Starts a policy; generated code calls this once per policy, in a static initializer. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether {@code origin}, the value of a request's single {@code Origin} header, is allowed: by
   * exact, case-sensitive equality with a listed origin (a hash lookup, no regular expression, no
   * allocation) or by a whole-value match of a listed pattern. A missing, empty, {@code "null"},
   * oversized (see {@link OriginMatcher#MAX_ORIGIN_LENGTH}), non-ASCII or control-character value
   * is not allowed, and no value makes this method throw.
   */
  public boolean allowsOrigin(String origin) {
    return origins.allows(origin);
  }

  /** Whether every header named in an {@code Access-Control-Request-Headers} value is allowed. */
  boolean allowsRequestHeaders(String requestHeaders) {
    return CorsHeaders.allNamesAllowed(requestHeaders, allowedRequestHeaders);
  }

  /** The first name in an {@code Access-Control-Request-Headers} value that is not allowed. */
  String firstRefusedRequestHeader(String requestHeaders) {
    return CorsHeaders.firstRefusedName(requestHeaders, allowedRequestHeaders);
  }

  String allowHeaders() {
    return allowHeaders;
  }

  String exposeHeaders() {
    return exposeHeaders;
  }

  String maxAgeValue() {
    return maxAgeValue;
  }

  /** The joined {@code Vary} value of actual responses, always including {@code Origin}. */
  String vary() {
    return vary;
  }

  String[] varyTokens() {
    return varyTokens;
  }

  /** The {@code Vary} value of preflight answers, allowed or not. */
  String preflightVary() {
    return preflightVary;
  }

  boolean allowPrivateNetwork() {
    return allowPrivateNetwork;
  }

  /** Whether the write guard refuses writes from pages this policy does not allow. */
  boolean refuseCrossSiteWrites() {
    return refuseCrossSiteWrites;
  }

  /** Whether the write guard lets {@code Sec-Fetch-Site: same-site} writes pass. */
  boolean allowSameSiteWrites() {
    return allowSameSiteWrites;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof CorsPolicy that
            && origins.equals(that.origins)
            && allowHeaders.equals(that.allowHeaders)
            && exposeHeaders.equals(that.exposeHeaders)
            && maxAge == that.maxAge
            && vary.equals(that.vary)
            && allowPrivateNetwork == that.allowPrivateNetwork
            && refuseCrossSiteWrites == that.refuseCrossSiteWrites
            && allowSameSiteWrites == that.allowSameSiteWrites;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        origins,
        allowHeaders,
        exposeHeaders,
        maxAge,
        vary,
        allowPrivateNetwork,
        refuseCrossSiteWrites,
        allowSameSiteWrites);
  }

  @Override
  public String toString() {
    return "CorsPolicy{origins="
        + origins.exactOrigins()
        + ", originPatterns="
        + origins.patterns()
        + ", allowHeaders="
        + allowHeaders
        + ", exposeHeaders="
        + exposeHeaders
        + ", maxAge="
        + maxAge
        + ", vary="
        + vary
        + ", allowPrivateNetwork="
        + allowPrivateNetwork
        + ", refuseCrossSiteWrites="
        + refuseCrossSiteWrites
        + ", allowSameSiteWrites="
        + allowSameSiteWrites
        + "}";
  }

  /** Header values go on the wire verbatim, so a CR, LF or NUL here would split a response. */
  private static String headerValue(String what, String value) {
    Objects.requireNonNull(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new IllegalArgumentException(what + " must not contain control characters");
      }
    }
    return value.strip();
  }

  private static String[] lowerCaseTokens(String joined) {
    List<String> names = new ArrayList<>();
    for (String token : Vary.tokens(joined)) {
      names.add(token.toLowerCase(Locale.ROOT));
    }
    return names.toArray(new String[0]);
  }

  /** Collects a policy's constants. Each setter takes values exactly as they go on the wire. */
  public static final class Builder {
    private final List<String> exactOrigins = new ArrayList<>();
    private final List<Pattern> originPatterns = new ArrayList<>();
    private String allowHeaders = "";
    private String exposeHeaders = "";
    private long maxAge;
    private String vary = "Origin";
    private boolean allowPrivateNetwork;
    private boolean refuseCrossSiteWrites = true;
    private boolean allowSameSiteWrites;
    private String originsProperty = "";
    private String originPatternsProperty = "";
    private final List<String> suppressions = new ArrayList<>();

    private Builder() {}

    /**
     * The name of the configuration property whose comma-separated origins are added at start-up.
     */
    public Builder originsProperty(String name) {
      this.originsProperty = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The name of the configuration property whose comma-separated patterns are added at start-up.
     */
    public Builder originPatternsProperty(String name) {
      this.originPatternsProperty = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The {@code credcors:<tag>} keys suppressed in source where the policy is written, so that the
     * start-up check of configured origins suppresses the same warnings.
     */
    public Builder suppressWarnings(String... keys) {
      suppressions.addAll(List.of(keys));
      return this;
    }

    /** Serialized origins, matched by exact, case-sensitive equality. */
    public Builder exactOrigins(String... origins) {
      exactOrigins.addAll(List.of(origins));
      return this;
    }

    /** Patterns matched against the whole {@code Origin} value. */
    public Builder originPatterns(Pattern... patterns) {
      originPatterns.addAll(List.of(patterns));
      return this;
    }

    /**
     * The {@code Access-Control-Allow-Headers} value, e.g. {@code "Content-Type, Authorization"}.
     */
    public Builder allowHeaders(String joined) {
      this.allowHeaders = joined;
      return this;
    }

    /** The {@code Access-Control-Expose-Headers} value; empty for none. */
    public Builder exposeHeaders(String joined) {
      this.exposeHeaders = joined;
      return this;
    }

    /** The {@code Access-Control-Max-Age} value in seconds. */
    public Builder maxAge(long seconds) {
      this.maxAge = seconds;
      return this;
    }

    /** The {@code Vary} values every response carries, joined, e.g. {@code "Origin"}. */
    public Builder vary(String joined) {
      this.vary = joined;
      return this;
    }

    /** Whether Private Network Access preflights are answered. */
    public Builder allowPrivateNetwork(boolean allow) {
      this.allowPrivateNetwork = allow;
      return this;
    }

    /**
     * Whether writes (methods other than {@code GET}, {@code HEAD}, {@code OPTIONS}) from pages
     * this policy does not allow are refused with {@code 403}; {@code true} unless set.
     */
    public Builder refuseCrossSiteWrites(boolean refuse) {
      this.refuseCrossSiteWrites = refuse;
      return this;
    }

    /**
     * Whether writes sent with {@code Sec-Fetch-Site: same-site} pass the guard; {@code false}
     * unless set.
     */
    public Builder allowSameSiteWrites(boolean allow) {
      this.allowSameSiteWrites = allow;
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalArgumentException if no origin or pattern is given, an exact origin is {@code
     *     "*"} or {@code "null"}, the max age is negative, or a header value holds CR, LF or NUL;
     *     the processor rejects all of these at compile time, so this only guards hand-written use
     */
    public CorsPolicy build() {
      return new CorsPolicy(this);
    }
  }
}
