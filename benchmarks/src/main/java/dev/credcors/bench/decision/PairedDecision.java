package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.CredcorsFilters;
import dev.credcors.bench.jaxrs.FilterChain;
import dev.credcors.bench.jaxrs.StubRequestContext;
import dev.credcors.bench.jaxrs.StubResponseContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decision benchmarks' contenders side by side in one JVM, in short alternating slices (order
 * rotated every round), so that the load of a shared machine hits them alike: each difference and
 * ratio is the median over rounds of the difference or ratio between slices taken milliseconds
 * apart. JMH's forks, one contender after another, disagree by more than the effect on a loaded
 * 2-core machine. Contexts are built as in the JMH benchmarks ({@link JaxrsDecision}) and every
 * contender's answer is checked before anything is timed.
 *
 * <p>The price: the contenders share one JIT profile, so the filter chain's call sites see every
 * filter, as a container's do. Usage: {@code java -cp benchmarks.jar
 * dev.credcors.bench.decision.PairedDecision [warm-up seconds, 20] [rounds, 60] [slice ms, 10]}.
 */
public final class PairedDecision {

  private static final String[] CONTENDERS = {"baseline", "credcors", "hand-written", "resteasy"};
  private static final RequestCase[] REQUESTS = {
    RequestCase.ALLOWED, RequestCase.DISALLOWED, RequestCase.NO_ORIGIN, RequestCase.PREFLIGHT
  };

  private PairedDecision() {}

  /** One contender deciding one request on one allowlist. */
  private record Variant(
      String allowlist,
      RequestCase request,
      String contender,
      FilterChain chain,
      StubRequestContext requestContext,
      StubResponseContext responseContext) {

    Object exchange() throws IOException {
      return chain.exchange(requestContext.reset(request.freshOrigin()), responseContext);
    }

    String key() {
      return allowlist + " " + request + " " + contender;
    }
  }

  public static void main(String[] args) throws Exception {
    double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    long sliceNanos = (args.length > 2 ? Long.parseLong(args[2]) : 10) * 1_000_000L;

    List<Variant> variants = new ArrayList<>();
    for (String name : List.of("2", "100", "1000", "pattern")) {
      Allowlist list = Allowlist.of(name);
      for (RequestCase request : REQUESTS) {
        for (String contender : CONTENDERS) {
          FilterChain chain =
              switch (contender) {
                case "baseline" -> FilterChain.none();
                case "credcors" -> CredcorsFilters.forResource(list.resource(), "GET");
                case "hand-written" -> HandWrittenDecision.chain(list);
                default -> list.patterns().isEmpty() ? ResteasyDecision.chain(list) : null;
              };
          if (chain == null) {
            continue; // RESTEasy's filter has no origin patterns
          }
          Variant variant =
              new Variant(
                  name,
                  request,
                  contender,
                  chain,
                  DecisionBenchmark.jaxrsRequest(request, list.path()),
                  new StubResponseContext());
          if (!contender.equals("baseline")) {
            Outcomes.checkJaxrs(contender, request, variant.exchange());
          }
          variants.add(variant);
        }
      }
    }

    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmupEnd) {
      for (Variant variant : variants) {
        slice(variant, sliceNanos);
      }
    }
    Map<String, double[]> times = new LinkedHashMap<>();
    variants.forEach(v -> times.put(v.key(), new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < variants.size(); i++) {
        Variant variant = variants.get((i + round) % variants.size());
        times.get(variant.key())[round] = slice(variant, sliceNanos);
      }
    }
    report(variants, times, warmupSeconds, rounds, sliceNanos);
  }

  /** Runs one variant for about {@code nanos}, reading the clock every 64 calls; ns per call. */
  private static double slice(Variant variant, long nanos) throws IOException {
    long start = System.nanoTime();
    long end = start + nanos;
    long count = 0;
    long now;
    do {
      for (int i = 0; i < 64; i++) {
        if (variant.exchange() == null) {
          throw new AssertionError();
        }
      }
      count += 64;
      now = System.nanoTime();
    } while (now < end);
    return (double) (now - start) / count;
  }

  private static void report(
      List<Variant> variants,
      Map<String, double[]> times,
      double warmupSeconds,
      int rounds,
      long sliceNanos) {
    System.out.printf(
        "paired decision: %.0f s warm-up, %d rounds x %d variants x %d ms%n%n",
        warmupSeconds, rounds, variants.size(), sliceNanos / 1_000_000);
    System.out.println(
        "| allowlist | request | baseline ns | credcors net | hand-written net | RESTEasy net"
            + " | credcors - hand-written ns [quartiles] | credcors / fastest other (net) |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Variant v : variants) {
      if (!v.contender().equals("baseline")) {
        continue;
      }
      String prefix = v.allowlist() + " " + v.request() + " ";
      double[] base = times.get(prefix + "baseline");
      double[] credcors = net(times.get(prefix + "credcors"), base);
      double[] hand = net(times.get(prefix + "hand-written"), base);
      double[] resteasy =
          times.containsKey(prefix + "resteasy") ? net(times.get(prefix + "resteasy"), base) : null;
      double[] diff = new double[rounds];
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        diff[r] = credcors[r] - hand[r];
        double fastest = resteasy == null ? hand[r] : Math.min(hand[r], resteasy[r]);
        ratio[r] = credcors[r] / fastest;
      }
      double[] q = quartiles(diff);
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %.1f | %.1f | %.1f | %s | %+.1f [%+.1f, %+.1f] | %.2f |%n",
          v.allowlist(),
          v.request(),
          median(base),
          median(credcors),
          median(hand),
          resteasy == null ? "n/a" : String.format(Locale.ROOT, "%.1f", median(resteasy)),
          q[1],
          q[0],
          q[2],
          median(ratio));
    }
  }

  private static double[] net(double[] times, double[] base) {
    double[] net = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      net[i] = times[i] - base[i];
    }
    return net;
  }

  private static double[] quartiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return new double[] {sorted[n / 4], median(values), sorted[(3 * n) / 4]};
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
