package dev.credcors.policy;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Rules for {@code originPatterns}. */
final class PatternRules {

  private final Sites sites;

  PatternRules(Sites sites) {
    this.sites = sites;
  }

  void check(List<String> patterns, Consumer<Violation> out) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.indexOf(patterns.get(i)) < i) {
        continue; // reported as a duplicate; analysing it again would repeat every finding
      }
      checkOne(i, patterns.get(i), out);
    }
    TokenRules.duplicates(Attribute.ORIGIN_PATTERNS, patterns, false, out);
  }

  private void checkOne(int index, String source, Consumer<Violation> out) {
    try {
      Pattern.compile(source);
    } catch (PatternSyntaxException e) {
      out.accept(
          Violation.at(
              Attribute.ORIGIN_PATTERNS,
              index,
              Message.INVALID_PATTERN,
              source,
              e.getDescription(),
              e.getIndex()));
    }
  }
}
