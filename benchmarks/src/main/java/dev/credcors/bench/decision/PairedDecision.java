package dev.credcors.bench.decision;

import static dev.credcors.bench.paired.PairedSlices.median;

import dev.credcors.bench.jaxrs.CredcorsFilters;
import dev.credcors.bench.jaxrs.FilterChain;
import dev.credcors.bench.jaxrs.StubRequestContext;
import dev.credcors.bench.jaxrs.StubResponseContext;
import dev.credcors.bench.paired.PairedSlices;
import dev.credcors.jaxrs.CookieDiagnostics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The decision benchmarks' contenders side by side in one JVM, by {@link PairedSlices}: each
 * difference and ratio is the median over rounds of those between slices taken milliseconds apart.
 * JMH's forks, one contender after another, disagree by more than the effect on a loaded 2-core
 * machine. Contexts are built as in the JMH benchmarks ({@link JaxrsDecision}) and every
 * contender's answer is checked before anything is timed.
 *
 * <p>The price: the contenders share one JIT profile, so the filter chain's call sites see every
 * filter, as a container's do. Usage: {@code java -cp benchmarks.jar
 * dev.credcors.bench.decision.PairedDecision [warm-up seconds, 20] [rounds, 60] [slice ms, 10]
 * [shares]}.
 */
public final class PairedDecision {

  private static final String[] CONTENDERS = {"baseline", "credcors", "hand-written", "resteasy"};

  /**
   * The shares experiment ({@code shares} as the fourth argument): credcors changed one part at a
   * time, in the same JVM as the rest, so each part's share is a paired difference. First the write
   * guard's request stage bound to the read too, as before reads stopped paying for it (what that
   * change saved); then, from credcors as shipped, the cookie check off ({@code
   * credcors.cookieDiagnostics=off}), and then also no pre-matching router. What is left is the
   * response side alone: the decision and the header writes. Not for preflights, which the router
   * answers.
   */
  private static final String[] SHARES = {
    "guard stage on the read (before)", "no cookie check", "and no router"
  };

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

    @Override
    public String toString() {
      return allowlist + " " + request + " " + contender;
    }
  }

  public static void main(String[] args) throws Exception {
    double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    long sliceNanos = (args.length > 2 ? Long.parseLong(args[2]) : 10) * 1_000_000L;
    boolean shares = args.length > 3 && args[3].equals("shares");

    List<Variant> variants = new ArrayList<>();
    for (String name : List.of("2", "100", "1000", "pattern")) {
      Allowlist list = Allowlist.of(name);
      for (RequestCase request : REQUESTS) {
        List<String> contenders = new ArrayList<>(List.of(CONTENDERS));
        if (shares && request != RequestCase.PREFLIGHT) {
          contenders.addAll(List.of(SHARES));
        }
        for (String contender : contenders) {
          FilterChain chain =
              switch (contender) {
                case "baseline" -> FilterChain.none();
                case "credcors" -> CredcorsFilters.forResource(list.resource(), "GET");
                case "hand-written" -> HandWrittenDecision.chain(list);
                case "resteasy" -> list.patterns().isEmpty() ? ResteasyDecision.chain(list) : null;
                default -> sharesVariant(list, contender);
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

    Map<Variant, double[]> times =
        PairedSlices.run(variants, Variant::exchange, warmupSeconds, rounds, sliceNanos, 64);
    report(variants, times, warmupSeconds, rounds, sliceNanos);
    if (shares) {
      reportShares(variants, times);
    }
  }

  /** The variant of credcors for {@code list} that {@link #SHARES} names. */
  private static FilterChain sharesVariant(Allowlist list, String contender) {
    if (contender.equals(SHARES[0])) {
      return CredcorsFilters.forResource(list.resource(), "GET", true, true);
    }
    String before = System.setProperty(CookieDiagnostics.PROPERTY, "off");
    try {
      return CredcorsFilters.forResource(
          list.resource(), "GET", contender.equals(SHARES[1]), false);
    } finally {
      if (before == null) {
        System.clearProperty(CookieDiagnostics.PROPERTY);
      } else {
        System.setProperty(CookieDiagnostics.PROPERTY, before);
      }
    }
  }

  /**
   * Each variant of the shares experiment against the hand-written filter, and each part's share:
   * the paired difference between credcors with it and without it.
   */
  private static void reportShares(List<Variant> variants, Map<Variant, double[]> times) {
    System.out.println();
    System.out.println(
        "| allowlist | request | credcors − hand-written | "
            + String.join(" | ", SHARES)
            + " | share: guard stage on the read | share: cookie check | share: router |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (Variant v : variants) {
      if (!v.contender().equals(SHARES[0])) {
        continue;
      }
      Map<String, double[]> of = contendersOf(v, times);
      double[] hand = of.get("hand-written");
      double[] credcors = of.get("credcors");
      StringBuilder row = new StringBuilder();
      row.append("| ").append(v.allowlist()).append(" | ").append(v.request()).append(" | ");
      row.append(difference(credcors, hand));
      for (String part : SHARES) {
        row.append(" | ").append(difference(of.get(part), hand));
      }
      row.append(" | ").append(difference(of.get(SHARES[0]), credcors));
      row.append(" | ").append(difference(credcors, of.get(SHARES[1])));
      row.append(" | ").append(difference(of.get(SHARES[1]), of.get(SHARES[2])));
      System.out.println(row.append(" |"));
    }
  }

  /** The median [quartiles] over rounds of {@code a[r] − b[r]}, in ns. */
  private static String difference(double[] a, double[] b) {
    double[] diff = new double[a.length];
    for (int r = 0; r < a.length; r++) {
      diff[r] = a[r] - b[r];
    }
    return PairedSlices.signedQuartiles(diff);
  }

  private static void report(
      List<Variant> variants,
      Map<Variant, double[]> times,
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
      Map<String, double[]> of = contendersOf(v, times);
      double[] base = of.get("baseline");
      double[] credcors = net(of.get("credcors"), base);
      double[] hand = net(of.get("hand-written"), base);
      double[] resteasy = of.containsKey("resteasy") ? net(of.get("resteasy"), base) : null;
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        double fastest = resteasy == null ? hand[r] : Math.min(hand[r], resteasy[r]);
        ratio[r] = credcors[r] / fastest;
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %.1f | %.1f | %.1f | %s | %s | %.2f |%n",
          v.allowlist(),
          v.request(),
          median(base),
          median(credcors),
          median(hand),
          resteasy == null ? "n/a" : String.format(Locale.ROOT, "%.1f", median(resteasy)),
          difference(credcors, hand),
          median(ratio));
    }
  }

  /** The times of every contender on {@code v}'s allowlist and request, by contender. */
  private static Map<String, double[]> contendersOf(Variant v, Map<Variant, double[]> times) {
    Map<String, double[]> of = new HashMap<>();
    times.forEach(
        (variant, t) -> {
          if (variant.allowlist().equals(v.allowlist()) && variant.request() == v.request()) {
            of.put(variant.contender(), t);
          }
        });
    return of;
  }

  private static double[] net(double[] times, double[] base) {
    double[] net = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      net[i] = times[i] - base[i];
    }
    return net;
  }
}
