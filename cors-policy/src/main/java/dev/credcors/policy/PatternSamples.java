package dev.credcors.policy;

import dev.credcors.policy.RegexTree.Alt;
import dev.credcors.policy.RegexTree.Anchor;
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
 * Generates a few short strings a pattern is meant to accept, from its own structure. The caller
 * keeps only the candidates the compiled pattern really matches.
 *
 * <p>{@link #candidates} varies everything: each alternative, each repetition at its minimum and
 * one more, each class by a host-name-like representative. {@link #asWritten} reads the pattern the
 * way its author wrote it down: every alternative, but a literal part as written (so {@code com?}
 * gives {@code com} only) and a variable part (a class, or a repetition over one) at its minimum,
 * except that an optional group of literal text such as {@code (www\.)?} or {@code (-staging)?} is
 * an explicit alternative and gives both readings. {@link #asWrittenMarked} is the same reading
 * with every character a class produced {@linkplain #mark marked}, so a caller can tell the text
 * its author spelled out (a literal port such as {@code :5173}) from text a class stands for.
 */
final class PatternSamples {

  /** Bounds the candidates per node, so a pattern with many choices stays cheap. */
  private static final int LIMIT = 24;

  /** Longer minimum repetitions are not sampled: no origin repeats a part that often. */
  private static final int MAX_MIN_REPEAT = 64;

  /** Where {@link #mark} moves a class's character: the private use area, never in an origin. */
  private static final char MARKED = '\ue000';

  private final boolean asWritten;
  private final boolean marked;

  private PatternSamples(boolean asWritten, boolean marked) {
    this.asWritten = asWritten;
    this.marked = marked;
  }

  static List<String> candidates(Node root) {
    return new PatternSamples(false, false).generate(root);
  }

  static List<String> asWritten(Node root) {
    return new PatternSamples(true, false).generate(root);
  }

  /** {@link #asWritten}, every character produced by a class (not a literal) {@link #mark}ed. */
  static List<String> asWrittenMarked(Node root) {
    return new PatternSamples(true, true).generate(root);
  }

  /** {@code text} with every character a class produced, in the marked form. */
  static String mark(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append((char) (MARKED + RegexTree.ALPHABET.indexOf(c))));
    return out.toString();
  }

  /** Whether {@code c} is a character a class produced, in the marked form. */
  static boolean isMarked(char c) {
    return c >= MARKED && c < MARKED + RegexTree.ALPHABET.length();
  }

  /** {@code text} with every marked character turned back into the one it stands for. */
  static String unmark(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isMarked(c) ? RegexTree.ALPHABET.charAt(c - MARKED) : c);
    }
    return out.toString();
  }

  private List<String> generate(Node node) {
    if (node instanceof Chars c) {
      String representative = c.representative();
      if (representative == null) {
        return List.of();
      }
      // An unescaped "." in a host was usually meant as a literal dot: sample both readings.
      boolean dot = c.literal() == null && c.set().get('.') && !representative.equals(".");
      if (marked && c.literal() == null) {
        representative = mark(representative);
      }
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
      if (asWritten) {
        return repeatAsWritten(r, options);
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

  private static List<String> repeatAsWritten(Repeat r, List<String> options) {
    if (!isLiteral(r.body()) || r.max() == 0) {
      List<String> out = new ArrayList<>();
      options.forEach(option -> out.add(option.repeat(r.min())));
      return cap(new ArrayList<>(new LinkedHashSet<>(out)));
    }
    // "(www\.)?" or "(-staging)?" spells out two alternatives; "m?" or "s?" is one character
    // that a typo or a misread quantifier made optional, so only the written text is meant.
    boolean explicit = r.min() == 0 && r.max() == 1 && r.body() instanceof Group;
    List<String> out = new ArrayList<>();
    for (String option : options) {
      out.add(option.repeat(Math.max(r.min(), 1)));
      if (explicit) {
        out.add("");
      }
    }
    return cap(new ArrayList<>(new LinkedHashSet<>(out)));
  }

  /** Text its author spelled out: literal characters, alternatives of them, fixed repetitions. */
  private static boolean isLiteral(Node node) {
    if (node instanceof Chars c) {
      return c.literal() != null;
    }
    if (node instanceof Repeat r) {
      return r.min() == r.max() && isLiteral(r.body());
    }
    if (node instanceof Seq || node instanceof Alt || node instanceof Group) {
      return RegexWalk.children(node).stream().allMatch(PatternSamples::isLiteral);
    }
    return node instanceof Anchor;
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
