package dev.credcors.policy;

import dev.credcors.policy.RegexTree.Alt;
import dev.credcors.policy.RegexTree.Chars;
import dev.credcors.policy.RegexTree.Group;
import dev.credcors.policy.RegexTree.Node;
import dev.credcors.policy.RegexTree.Repeat;
import dev.credcors.policy.RegexTree.Seq;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates a few short strings a pattern is meant to accept, from its own structure: each
 * alternative, each repetition at its minimum and one more, each class by a host-name-like
 * representative. The caller keeps only the candidates the compiled pattern really matches.
 */
final class PatternSamples {

  /** Bounds the candidates per node, so a pattern with many choices stays cheap. */
  private static final int LIMIT = 24;

  /** Longer minimum repetitions are not sampled: no origin repeats a part that often. */
  private static final int MAX_MIN_REPEAT = 64;

  private PatternSamples() {}

  static List<String> candidates(Node root) {
    return generate(root);
  }

  private static List<String> generate(Node node) {
    if (node instanceof Chars c) {
      String representative = c.representative();
      if (representative == null) {
        return List.of();
      }
      // An unescaped "." in a host was usually meant as a literal dot: sample both readings.
      boolean dot = c.literal() == null && c.set().get('.') && !representative.equals(".");
      return dot ? List.of(representative, ".") : List.of(representative);
    }
    if (node instanceof Seq s) {
      List<String> acc = List.of("");
      for (Node item : s.items()) {
        List<String> options = generate(item);
        if (options.isEmpty()) {
          return List.of();
        }
        acc = product(acc, options);
      }
      return acc;
    }
    if (node instanceof Alt a) {
      Set<String> out = new LinkedHashSet<>();
      for (Node branch : a.branches()) {
        List<String> options = generate(branch);
        out.addAll(options.subList(0, Math.min(3, options.size())));
      }
      return cap(new ArrayList<>(out));
    }
    if (node instanceof Group g) {
      return generate(g.body());
    }
    if (node instanceof Repeat r) {
      List<String> options = generate(r.body());
      if (options.isEmpty() || r.min() > MAX_MIN_REPEAT) {
        return r.min() == 0 ? List.of("") : List.of();
      }
      Set<String> out = new LinkedHashSet<>();
      for (String option : options.subList(0, Math.min(2, options.size()))) {
        out.add(option.repeat(r.min()));
        if (r.max() < 0 || r.max() > r.min()) {
          out.add(option.repeat(r.min() + 1));
        }
      }
      return cap(new ArrayList<>(out));
    }
    return List.of(""); // anchors, lookarounds, back references: checked by the real match
  }

  private static List<String> product(List<String> prefixes, List<String> suffixes) {
    Set<String> out = new LinkedHashSet<>();
    for (String prefix : prefixes) {
      for (String suffix : suffixes) {
        out.add(prefix + suffix);
        if (out.size() >= LIMIT) {
          return new ArrayList<>(out);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> cap(List<String> values) {
    return values.size() <= LIMIT ? values : values.subList(0, LIMIT);
  }
}
