package dev.credcors.policy;

/** The {@code @CredentialedCors} attributes a violation can point at. */
public enum Attribute {
  ORIGINS("origins"),
  ORIGIN_PATTERNS("originPatterns"),
  METHODS("methods"),
  ALLOW_HEADERS("allowHeaders"),
  EXPOSE_HEADERS("exposeHeaders"),
  MAX_AGE("maxAge"),
  VARY("vary"),
  ALLOW_PRIVATE_NETWORK("allowPrivateNetwork"),
  ORIGINS_PROPERTY("originsProperty"),
  ORIGIN_PATTERNS_PROPERTY("originPatternsProperty"),
  REFUSE_CROSS_SITE_WRITES("refuseCrossSiteWrites"),
  ALLOW_SAME_SITE_WRITES("allowSameSiteWrites");

  private final String javaName;

  Attribute(String javaName) {
    this.javaName = javaName;
  }

  /** The attribute's name as written in source, e.g. {@code originPatterns}. */
  public String javaName() {
    return javaName;
  }
}
