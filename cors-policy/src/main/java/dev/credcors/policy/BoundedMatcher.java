package dev.credcors.policy;

import java.util.regex.Pattern;

/**
 * Runs a compiled pattern on short inputs with a step budget: the input counts every character
 * read, and a match that reads more than the budget is abandoned, so a pattern that backtracks
 * catastrophically cannot stall the build.
 */
final class BoundedMatcher {

  /** Thrown when one match exceeds its budget. */
  static final class BudgetExceededException extends RuntimeException {
    final String input;

    BudgetExceededException(String input) {
      super(null, null, false, false);
      this.input = input;
    }
  }

  /** Character reads allowed per match; a linear pattern on a short origin needs a few hundred. */
  static final int BUDGET = 50_000;

  private final Pattern pattern;

  BoundedMatcher(Pattern pattern) {
    this.pattern = pattern;
  }

  /** Whether the whole of {@code input} matches, as the runtime decides (Matcher.matches). */
  boolean matches(String input) {
    return pattern.matcher(new CountingSequence(input, new int[] {BUDGET}, input)).matches();
  }

  private static final class CountingSequence implements CharSequence {
    private final String text;
    private final int[] budget;
    private final String whole;

    CountingSequence(String text, int[] budget, String whole) {
      this.text = text;
      this.budget = budget;
      this.whole = whole;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget[0] < 0) {
        throw new BudgetExceededException(whole);
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CountingSequence(text.substring(start, end), budget, whole);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
