package dev.credcors.jaxrs;

import dev.credcors.policy.Sites;
import java.util.Locale;

/**
 * Decides whether two origins are the same site (HTML: same scheme and registrable domain), which
 * is what {@code SameSite} cookies follow. The registrable domain needs the Public Suffix List; the
 * runtime takes it from Guava's {@code InternetDomainName} when the application has Guava (an
 * optional dependency, never forced on users) and otherwise falls back to comparing the last two
 * labels. The fallback errs one way only: every registrable domain ends in at least the last two
 * labels, so hosts it calls cross-site are cross-site; it misses cross-site pairs under a
 * multi-label public suffix ({@code a.github.io} and {@code b.github.io}, {@code x.co.uk} and
 * {@code y.co.uk}), and so can only stay silent about a cookie, never warn wrongly.
 */
final class RegistrableDomains {

  /** The Public Suffix List when Guava is present, else null. */
  private static final Sites SITES = guavaSites();

  private RegistrableDomains() {}

  /** Whether the Public Suffix List is in use (Guava found), for docs and tests. */
  static boolean hasPublicSuffixList() {
    return SITES != null;
  }

  /**
   * Whether {@code origin} and {@code requestOrigin} (each {@code scheme://host[:port]}) are
   * cross-site; {@code false} when either cannot be read.
   */
  static boolean crossSite(String origin, String requestOrigin) {
    String[] a = schemeAndHost(origin);
    String[] b = schemeAndHost(requestOrigin);
    if (a == null || b == null) {
      return false;
    }
    return !a[0].equals(b[0]) || !site(a[1]).equals(site(b[1]));
  }

  static String site(String host) {
    if (SITES != null) {
      try {
        return SITES.site(host);
      } catch (RuntimeException e) {
        // an odd name the list cannot parse: fall back below
      }
    }
    return lastTwoLabels(host);
  }

  /** The fallback without the Public Suffix List: the last two labels, or an IP as is. */
  static String lastTwoLabels(String host) {
    if (host.startsWith("[") || host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')) {
      return host;
    }
    int last = host.lastIndexOf('.');
    int previous = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
    return host.substring(previous + 1);
  }

  /** {@code {scheme, host}} in lower case, without port; null if not {@code scheme://host...}. */
  static String[] schemeAndHost(String origin) {
    int separator = origin == null ? -1 : origin.indexOf("://");
    if (separator <= 0) {
      return null;
    }
    String authority = origin.substring(separator + 3);
    int end = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.indexOf(':');
    String host = end <= 0 ? authority : authority.substring(0, end);
    int slash = host.indexOf('/');
    host = slash < 0 ? host : host.substring(0, slash);
    return host.isEmpty()
        ? null
        : new String[] {
          origin.substring(0, separator).toLowerCase(Locale.ROOT), host.toLowerCase(Locale.ROOT)
        };
  }

  private static Sites guavaSites() {
    try {
      return GuavaSuffixList.ifPresent(RegistrableDomains.class.getClassLoader())
          .map(Sites::new)
          .orElse(null);
    } catch (LinkageError | RuntimeException e) {
      return null; // a Guava too old or broken to use: the fallback applies
    }
  }
}
