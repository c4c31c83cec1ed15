import java.util.regex.Pattern;

/**
 * Measures what one hostile 300-character Origin costs against a pattern with two adjacent,
 * overlapping unbounded repetitions, next to the same family written as one repetition. Backs the
 * catastrophic-pattern rule (docs/PATTERN-ANALYSIS.md). Run: java benchmarks/QuadraticPattern.java
 */
public final class QuadraticPattern {

  private static final String QUADRATIC = "^https://[a-z]+[a-z0-9-]*\\.example\\.com$";
  private static final String LINEAR = "^https://[a-z][a-z0-9-]*\\.example\\.com$";

  public static void main(String[] args) {
    // 300 characters in all, no dot: every split between the two repetitions fails.
    String hostile = "https://" + "a".repeat(300 - "https://".length());
    String normal = "https://app.example.com";
    System.out.println("JDK " + Runtime.version() + ", Origin of " + hostile.length() + " chars");
    for (String source : new String[] {QUADRATIC, LINEAR}) {
      Pattern pattern = Pattern.compile(source);
      double hostileNanos = nanosPerMatch(pattern, hostile);
      double normalNanos = nanosPerMatch(pattern, normal);
      System.out.printf(
          "%-45s hostile %10.0f ns  normal %6.0f ns  ratio %6.0f%n",
          source, hostileNanos, normalNanos, hostileNanos / normalNanos);
    }
  }

  /** The median of 15 rounds of the mean time per match, after warm-up. */
  private static double nanosPerMatch(Pattern pattern, String input) {
    int iterations = 2_000;
    double[] rounds = new double[15];
    boolean sink = false;
    for (int warm = 0; warm < 5; warm++) {
      for (int i = 0; i < iterations; i++) {
        sink ^= pattern.matcher(input).matches();
      }
    }
    for (int r = 0; r < rounds.length; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < iterations; i++) {
        sink ^= pattern.matcher(input).matches();
      }
      rounds[r] = (System.nanoTime() - start) / (double) iterations;
    }
    if (sink) {
      System.out.print("");
    }
    java.util.Arrays.sort(rounds);
    return rounds[rounds.length / 2];
  }
}
