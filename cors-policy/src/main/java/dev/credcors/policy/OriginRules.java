package dev.credcors.policy;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Rules for the exact {@code origins} list. */
final class OriginRules {

  private OriginRules() {}

  static void check(List<String> origins, Consumer<Violation> out) {
    Attribute attribute = Attribute.ORIGINS;
    for (int i = 0; i < origins.size(); i++) {
      String origin = origins.get(i);
      if (origin.equals("*")) {
        out.accept(Violation.at(attribute, i, Message.WILDCARD_ORIGIN_STAR));
        continue;
      }
      // HTML serializes an opaque origin as "null"; any case is the same mistake.
      if (origin.equalsIgnoreCase("null")) {
        out.accept(Violation.at(attribute, i, Message.NULL_ORIGIN, origin));
        continue;
      }
      Optional<String> pattern = wildcardSubdomainPattern(origin);
      if (pattern.isPresent()) {
        out.accept(
            Violation.at(attribute, i, Message.MALFORMED_ORIGIN_WILDCARD, origin, pattern.get()));
        continue;
      }
      Optional<OriginSyntax.Defect> defect = OriginSyntax.check(origin);
      if (defect.isPresent()) {
        out.accept(Violation.at(attribute, i, defect.get().message(), defect.get().args()));
        continue;
      }
      OriginSyntax.Origin parsed = OriginSyntax.parse(origin).orElseThrow();
      if (parsed.scheme().equals("http")) {
        if (parsed.isLoopback()) {
          out.accept(Violation.at(attribute, i, Message.LOOPBACK_ORIGIN, origin));
        } else {
          out.accept(
              Violation.at(
                  attribute, i, Message.CLEARTEXT_ORIGIN, origin, parsed.withScheme("https")));
        }
      }
    }
    TokenRules.duplicates(attribute, origins, false, out);
  }

  /**
   * For {@code https://*.example.com}, the pattern the author meant: {@code
   * ^https://[a-z0-9-]+\.example\.com$}.
   */
  private static Optional<String> wildcardSubdomainPattern(String origin) {
    int star = origin.indexOf("://*.");
    if (star < 0 || origin.indexOf('*', star + 4) >= 0) {
      return Optional.empty();
    }
    String scheme = origin.substring(0, star);
    String rest = origin.substring(star + 5);
    Optional<OriginSyntax.Origin> parent = OriginSyntax.parse(scheme + "://" + rest);
    if (parent.isEmpty() || parent.get().isIpAddress()) {
      return Optional.empty();
    }
    return Optional.of("^" + scheme + "://[a-z0-9-]+\\." + rest.replace(".", "\\.") + "$");
  }
}
