package dev.credcors.bench.resources;

/** The request values every implementation is fed, so that all of them decide the same thing. */
public final class Inputs {

  /** Listed in every allowlist (at index {@code n / 2}) and matched by the subdomain pattern. */
  public static final String ALLOWED_ORIGIN = "https://app.example.com";

  /** In no allowlist and not matched by the pattern: the classic look-alike suffix attack. */
  public static final String DISALLOWED_ORIGIN = "https://app.example.com.evil.test";

  /** credcors' form of the one subdomain pattern. */
  public static final String SUBDOMAIN_PATTERN = "^https://[a-z0-9-]+\\.example\\.com$";

  /** Spring's form of the same family ({@code CorsConfiguration#setAllowedOriginPatterns}). */
  public static final String SPRING_SUBDOMAIN_PATTERN = "https://*.example.com";

  /** The method a preflight asks for: served by every benchmarked resource. */
  public static final String PREFLIGHT_METHOD = "DELETE";

  /** The headers a preflight asks for, as Chromium sends them (lower case, comma-separated). */
  public static final String PREFLIGHT_HEADERS = "authorization,content-type";

  /** The length of the hostile {@code Origin}. */
  public static final int HOSTILE_LENGTH = 8 * 1024;

  private Inputs() {}

  /**
   * An 8 KiB origin that nearly matches the subdomain pattern, so a regex engine must scan all of
   * it before it fails: {@code https://aaaa....aaa.example.co}.
   */
  public static String hostileOrigin() {
    String prefix = "https://";
    String suffix = ".example.co";
    return prefix + "a".repeat(HOSTILE_LENGTH - prefix.length() - suffix.length()) + suffix;
  }
}
