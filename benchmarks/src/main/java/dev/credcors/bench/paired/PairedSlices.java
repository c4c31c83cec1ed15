package dev.credcors.bench.paired;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures several variants in one JVM so that machine load cancels out: after a warm-up, every
 * round runs each variant for one short slice, in an order rotated every round, and records its
 * time per call. Ratios and differences are then taken between slices of the same round, measured
 * milliseconds apart, and summarized by their median over rounds. On a shared 2-core machine the
 * load changes within seconds, which makes separate runs per variant disagree by more than the
 * effects measured; adjacent slices see the same load.
 */
public final class PairedSlices {

  /** One call of a variant; a {@code null} result counts as a failure. */
  public interface Call<V> {
    Object call(V variant) throws Exception;
  }

  private PairedSlices() {}

  /**
   * Runs the rounds and returns, per variant, its nanoseconds per call in each round.
   *
   * @param batch calls between two clock reads, so that reading the clock does not dominate calls
   *     of a few nanoseconds
   */
  public static <V> Map<V, double[]> run(
      List<V> variants, Call<V> call, double warmupSeconds, int rounds, long sliceNanos, int batch)
      throws Exception {
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmupEnd) {
      for (V variant : variants) {
        slice(variant, call, sliceNanos, batch);
      }
    }
    Map<V, double[]> times = new IdentityHashMap<>();
    variants.forEach(v -> times.put(v, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < variants.size(); i++) {
        V variant = variants.get((i + round) % variants.size());
        times.get(variant)[round] = slice(variant, call, sliceNanos, batch);
      }
    }
    return times;
  }

  private static <V> double slice(V variant, Call<V> call, long nanos, int batch) throws Exception {
    long start = System.nanoTime();
    long end = start + nanos;
    long count = 0;
    long now;
    do {
      for (int i = 0; i < batch; i++) {
        if (call.call(variant) == null) {
          throw new AssertionError("no answer from " + variant);
        }
      }
      count += batch;
      now = System.nanoTime();
    } while (now < end);
    return (double) (now - start) / count;
  }

  /** The median over rounds of {@code a[i] / b[i]}. */
  public static double medianRatio(double[] a, double[] b) {
    double[] ratios = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      ratios[i] = a[i] / b[i];
    }
    return median(ratios);
  }

  /** The median and quartiles of {@code values}, signed, as the tables print them. */
  public static String signedQuartiles(double[] values) {
    double[] q = quartiles(values);
    return String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", q[1], q[0], q[2]);
  }

  /** The first quartile, median and third quartile. */
  public static double[] quartiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return new double[] {sorted[n / 4], median(values), sorted[(3 * n) / 4]};
  }

  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
