package dev.credcors.jaxrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * For an {@code Origin} a policy refused, the allowed origin it misses by a typo-sized difference:
 * a trailing slash, the scheme, the port, upper case or a leading {@code www.}. Those are the
 * mistakes that make "CORS works locally but not in production" (an origin copied from the address
 * bar with its slash, {@code http} for {@code https}, a dev server's port). Runs only when a denial
 * is about to be logged.
 */
final class NearMiss {

  /** The allowed origin and what separates the refused one from it, e.g. "scheme, port". */
  record Found(String allowed, String differences) {}

  private NearMiss() {}

  /** The near miss for {@code origin} under {@code policy}, or {@code null} when there is none. */
  static Found find(CorsPolicy policy, String origin) {
    Parts refused = Parts.parse(origin);
    if (refused == null) {
      return null;
    }
    for (String listed : policy.exactOrigins()) {
      Parts allowed = Parts.parse(listed);
      if (allowed != null && sameSiteModuloWww(refused, allowed)) {
        String differences = differences(refused, allowed);
        return differences.isEmpty() ? null : new Found(listed, differences);
      }
    }
    // Patterns cannot be compared part by part: try the corrected spellings against the policy.
    String lower = refused.scheme.toLowerCase(Locale.ROOT);
    String host = refused.host.toLowerCase(Locale.ROOT);
    String toggled = host.startsWith("www.") ? host.substring(4) : "www." + host;
    for (String scheme : List.of(lower, "https")) {
      for (String port : refused.port.isEmpty() ? List.of("") : List.of(refused.port, "")) {
        for (String h : List.of(host, toggled)) {
          String candidate = scheme + "://" + h + (port.isEmpty() ? "" : ":" + port);
          if (!candidate.equals(origin) && policy.allowsOrigin(candidate)) {
            return new Found(candidate, differences(refused, Parts.parse(candidate)));
          }
        }
      }
    }
    return null;
  }

  private static boolean sameSiteModuloWww(Parts a, Parts b) {
    return withoutWww(a.host).equalsIgnoreCase(withoutWww(b.host));
  }

  private static String withoutWww(String host) {
    return host.regionMatches(true, 0, "www.", 0, 4) ? host.substring(4) : host;
  }

  private static String differences(Parts refused, Parts allowed) {
    List<String> out = new ArrayList<>();
    if (refused.trailingSlash) {
      out.add("trailing slash");
    }
    if (!refused.scheme.equalsIgnoreCase(allowed.scheme)) {
      out.add("scheme");
    }
    if (!refused.port.equals(allowed.port)) {
      out.add("port");
    }
    if (!refused.host.equalsIgnoreCase(allowed.host)) {
      out.add("www.");
    }
    String lowered = refused.scheme + refused.host;
    if (!lowered.equals(lowered.toLowerCase(Locale.ROOT))) {
      out.add("upper case");
    }
    return String.join(", ", out);
  }

  /** An origin taken apart without judging it; {@code port} is empty when absent. */
  private record Parts(String scheme, String host, String port, boolean trailingSlash) {

    static Parts parse(String origin) {
      int separator = origin.indexOf("://");
      if (separator <= 0) {
        return null;
      }
      String rest = origin.substring(separator + 3);
      boolean slash = false;
      while (rest.endsWith("/")) {
        rest = rest.substring(0, rest.length() - 1);
        slash = true;
      }
      if (rest.isEmpty() || rest.indexOf('/') >= 0) {
        return null;
      }
      int colon = rest.startsWith("[") ? rest.indexOf(':', rest.indexOf(']')) : rest.indexOf(':');
      String host = colon < 0 ? rest : rest.substring(0, colon);
      String port = colon < 0 ? "" : rest.substring(colon + 1);
      return new Parts(origin.substring(0, separator), host, port, slash);
    }
  }
}
