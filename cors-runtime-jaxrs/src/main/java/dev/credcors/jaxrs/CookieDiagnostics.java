package dev.credcors.jaxrs;

import java.util.Locale;

/**
 * What the runtime does about a {@code Set-Cookie} that browsers will drop or withhold on a
 * cross-site credentialed response (docs/RUNTIME.md, "Cookie diagnostics").
 *
 * <p>Chosen per application with the configuration property {@value #PROPERTY} ({@code
 * ResourceConfig#property}, {@code Application#getProperties}), else per JVM with the system
 * property of the same name; {@link #LOG} when neither is set.
 */
public enum CookieDiagnostics {
  /** No checks. */
  OFF,
  /** Each finding logged once per (policy, cookie name, finding) at {@code WARNING}. */
  LOG,
  /**
   * As {@link #LOG}, and the response becomes a {@code 500} naming the finding: for test suites, so
   * a cookie the browser will drop fails a test instead of a user's session.
   */
  STRICT;

  /**
   * The property (configuration or system) that selects the mode: {@code off}, {@code log}, {@code
   * strict}.
   */
  public static final String PROPERTY = "credcors.cookieDiagnostics";

  /**
   * The mode for an application whose configuration holds {@code configured} for {@link #PROPERTY}
   * (null when unset): that value, else the system property, else {@link #LOG}. An unknown value
   * counts as {@link #LOG}, the default, rather than stopping the application.
   */
  static CookieDiagnostics resolve(Object configured) {
    Object value = configured != null ? configured : System.getProperty(PROPERTY);
    if (value instanceof CookieDiagnostics mode) {
      return mode;
    }
    if (value != null) {
      switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
        case "off":
          return OFF;
        case "strict":
          return STRICT;
        default:
          return LOG;
      }
    }
    return LOG;
  }
}
