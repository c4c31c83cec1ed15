package dev.credcors.policy;

import dev.credcors.policy.RegexTree.Chars;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character sets of one pattern's atoms over {@link RegexTree#ALPHABET}. Classes and class escapes
 * are compiled on their own with the flags in force and tried on every alphabet character, so their
 * meaning is exactly {@code java.util.regex}'s; literals are computed directly.
 */
final class CharClasses {

  /** Bounds the work on one pattern: each distinct class costs one small compile. */
  private static final int MAX_CLASS_EVALUATIONS = 48;

  private int evaluations;
  private final Map<String, BitSet> cache = new HashMap<>();

  /** Which alphabet characters the one-character expression {@code text} matches. */
  BitSet evaluate(String text, int flags) {
    String key = flags + "/" + text;
    BitSet cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    if (++evaluations > MAX_CLASS_EVALUATIONS) {
      throw new RegexParser.UnsupportedPatternException(
          "more than " + MAX_CLASS_EVALUATIONS + " classes");
    }
    Matcher matcher = Pattern.compile(text, flags).matcher("");
    BitSet set = new BitSet();
    for (int i = 0; i < RegexTree.ALPHABET.length(); i++) {
      if (matcher.reset(RegexTree.ALPHABET.substring(i, i + 1)).matches()) {
        set.set(i);
      }
    }
    cache.put(key, set);
    return set;
  }

  Chars literal(int cp, String source, int flags) {
    BitSet set = new BitSet();
    String text = new String(Character.toChars(cp));
    String emit = text;
    mark(set, cp);
    if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
      emit = text.toLowerCase(Locale.ROOT);
      mark(set, Character.toLowerCase(cp));
      mark(set, Character.toUpperCase(cp));
    }
    return new Chars(set, emit, source);
  }

  private static void mark(BitSet set, int cp) {
    int index = cp < 128 ? cp : cp <= 0xFFFF ? RegexTree.ALPHABET.indexOf((char) cp) : -1;
    if (index >= 0) {
      set.set(index);
    }
  }
}
