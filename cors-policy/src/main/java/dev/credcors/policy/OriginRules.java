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
}
