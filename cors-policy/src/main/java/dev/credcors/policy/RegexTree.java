package dev.credcors.policy;

import java.util.BitSet;
import java.util.List;

/**
 * The abstract syntax tree of a {@code java.util.regex} pattern, as far as the pattern rules need
 * it. Every node keeps its source text so a message can quote the part at fault.
 */
final class RegexTree {

  private RegexTree() {}

  /**
   * The characters credcors reasons about: ASCII plus a few non-ASCII stand-ins (Latin, dotless i,
   * Kelvin sign, line separator, CJK, full-width dot). A character class is represented by which of
   * these it matches.
   */
  static final String ALPHABET;

  static {
    StringBuilder chars = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      chars.append(c);
    }
    ALPHABET = chars.append("\u00e9\u0131\u212a\u2028\u4e2d\uff0e\u3002").toString();
  }

  /** Preference order for a class's representative character: what a host name would use. */
  private static final String PREFERRED = "abcdefghijklmnopqrstuvwxyz123456789-0";

  sealed interface Node permits Chars, Seq, Alt, Group, Repeat, Anchor, Look, BackRef {
    String source();
  }

  /**
   * One character from {@code set}; {@code literal} is the exact text to emit in samples when the
   * source names a single character, else null.
   */
  record Chars(BitSet set, String literal, String source) implements Node {

    /** A character in the set, preferring host-name characters; empty if none is known. */
    String representative() {
      if (literal != null) {
        return literal;
      }
      for (int i = 0; i < PREFERRED.length(); i++) {
        if (set.get(PREFERRED.charAt(i))) {
          return String.valueOf(PREFERRED.charAt(i));
        }
      }
      for (int i = 0x21; i < ALPHABET.length(); i++) {
        if (set.get(i)) {
          return String.valueOf(ALPHABET.charAt(i));
        }
      }
      int any = set.nextSetBit(0);
      return any < 0 ? null : String.valueOf(ALPHABET.charAt(any));
    }
  }

  record Seq(List<Node> items, String source) implements Node {}

  record Alt(List<Node> branches, String source) implements Node {}

  /** A parenthesized group; {@code capturing} for {@code (...)} and {@code (?<name>...)}. */
  record Group(Node body, boolean capturing, boolean atomic, String source) implements Node {}

  /** {@code body} repeated {@code min} to {@code max} times ({@code max} -1: unbounded). */
  record Repeat(Node body, int min, int max, boolean possessive, String source) implements Node {

    boolean repeatsMoreThanOnce() {
      return max < 0 || max > 1;
    }
  }

  /** A zero-width boundary: {@code ^ $ \b \B \A \G \Z \z}. */
  record Anchor(String source) implements Node {}

  record Look(Node body, boolean ahead, boolean negative, String source) implements Node {}

  record BackRef(String source) implements Node {}
}
