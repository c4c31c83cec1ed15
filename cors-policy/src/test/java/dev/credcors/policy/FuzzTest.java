package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Random input never makes the validator throw, and every message carries a known tag. */
class FuzzTest {

  private static final Pattern TAGGED =
      Pattern.compile(
          "\\[("
              + Arrays.stream(Rule.values()).map(Rule::tag).collect(Collectors.joining("|"))
              + ")\\] .*",
          Pattern.DOTALL);

  /** Pieces that make random strings look like origins and patterns more often. */
  private static final String[] PIECES = {
    "https://",
    "http://",
    "^",
    "$",
    "\\.",
    ".",
    "*",
    "+",
    "?",
    "(",
    ")",
    "[a-z]",
    "[^.]",
    "|",
    "{1,3}",
    "example",
    "com",
    ":",
    "8443",
    "/",
    "@",
    "null",
    "\\",
    "\u0000",
    "\ud800",
    "é",
    " ",
    "(?i)",
    "\\Q",
    "\\E",
    "[",
    "]",
    "-",
    "xn--",
    "[::1]",
    "127.0.0.1",
    "(?:",
    "\\d",
    "\\w",
    "%"
  };

  private static String random(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      if (random.nextBoolean()) {
        out.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        out.append((char) random.nextInt(random.nextBoolean() ? 128 : 0x10000));
      }
    }
    return out.toString();
  }

  private static List<String> randomList(Random random) {
    List<String> out = new ArrayList<>();
    int size = random.nextInt(4);
    for (int i = 0; i < size; i++) {
      out.add(random(random));
    }
    return out;
  }

  @Test
  void randomPoliciesYieldOnlyTaggedViolations() {
    Random random = new Random(20261124L);
    for (int round = 0; round < 600; round++) {
      PolicyInput input =
          new PolicyInput(
              randomList(random),
              randomList(random),
              randomList(random),
              randomList(random),
              randomList(random),
              random.nextLong() % 20000,
              randomList(random),
              random.nextBoolean(),
              Set.copyOf(randomList(random)));
      for (Violation violation : Policies.validate(input)) {
        assertThat(violation.text()).matches(TAGGED);
        assertThat(violation.text()).startsWith("[" + violation.rule().tag() + "] ");
      }
    }
  }

  @Test
  void hugeAndHostileValuesAreHandled() {
    List<String> values =
        List.of(
            "https://" + "a".repeat(100_000) + ".com",
            "^https://" + "(".repeat(5000) + "a" + ")".repeat(5000) + "$",
            "(".repeat(100_000),
            "\ud800\udc00\udfff",
            "^(a|a)*$",
            "^(a+)+$",
            "^(.*a){20}$",
            "^(?=a)(?<=b)\\b\\B\\G\\Z\\z\\A$",
            "^\\p{Lu}\\N{LATIN SMALL LETTER A}\\x{1F600}\\0101\\cA\\R\\X\\k<n>(?<n>a)\\1$");
    PolicyInput input =
        new PolicyInput(
            values,
            values,
            values,
            values,
            values,
            Long.MIN_VALUE,
            values,
            true,
            Set.copyOf(values));
    for (Violation violation : Policies.validate(input)) {
      assertThat(violation.text()).matches(TAGGED);
    }
  }

  @Test
  void thousandRandomPatternsValidateQuickly() {
    Random random = new Random(7L);
    List<String> patterns = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      patterns.add("^https://" + random(random) + "\\.example\\.com$");
    }
    Policies.validate(Policies.patterns(patterns.subList(0, 50).toArray(String[]::new))); // warm up
    long start = System.nanoTime();
    for (String pattern : patterns) {
      Policies.validate(Policies.patterns(pattern));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Well under a second on a quiet machine; the bound leaves room for a busy shared CI box.
    assertThat(millis).isLessThan(5000);
  }
}
