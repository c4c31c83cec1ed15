package dev.credcors.bench.pipeline;

import static dev.credcors.bench.paired.PairedSlices.median;
import static dev.credcors.bench.paired.PairedSlices.medianRatio;

import dev.credcors.bench.decision.RequestCase;
import dev.credcors.bench.paired.PairedSlices;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerResponse;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * The in-process pipeline ratios, measured so that machine load cancels out: all modes run in one
 * JVM by {@link PairedSlices}, and each ratio is the median over rounds of the ratio between slices
 * measured a few milliseconds apart.
 *
 * <p>The price: the modes share one JIT profile, so Jersey's (or RESTEasy's) own call sites see
 * every mode's filters, as they would in an application with several filters. Absolute times come
 * from {@link JerseyPipeline} and {@link ResteasyPipeline}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.credcors.bench.pipeline.PairedPipeline
 * [jersey|resteasy] [warm-up seconds, 30] [rounds, 150] [slice milliseconds, 40]}.
 */
public final class PairedPipeline {

  private PairedPipeline() {}

  /** One application answering one kind of request; returns status and allow-origin. */
  private interface Exchange {
    String[] call() throws Exception;
  }

  private record Variant(CorsMode mode, Endpoint endpoint, RequestCase request, Exchange exchange) {
    String name() {
      return name(mode, endpoint, request);
    }

    static String name(CorsMode mode, Endpoint endpoint, RequestCase request) {
      return mode + " " + endpoint + " " + request;
    }
  }

  public static void main(String[] args) throws Exception {
    String container = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "jersey";
    double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 30;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 150;
    long sliceNanos = (args.length > 3 ? Long.parseLong(args[3]) : 40) * 1_000_000L;

    List<Variant> variants = new ArrayList<>();
    // A preflight never reaches the resource, so it is measured on one endpoint only.
    for (CorsMode mode : CorsMode.values()) {
      variants.add(variant(container, mode, Endpoint.NOOP, RequestCase.ALLOWED));
      variants.add(variant(container, mode, Endpoint.NOOP, RequestCase.PREFLIGHT));
      variants.add(variant(container, mode, Endpoint.JSON, RequestCase.ALLOWED));
    }
    for (Variant variant : variants) {
      String[] answer = variant.exchange().call();
      PipelineBenchmark.check(
          container, variant.mode(), variant.request(), Integer.parseInt(answer[0]), answer[1]);
    }

    Map<String, double[]> times = new HashMap<>();
    PairedSlices.run(variants, v -> v.exchange().call(), warmupSeconds, rounds, sliceNanos, 1)
        .forEach((variant, nanos) -> times.put(variant.name(), nanos));
    report(container, variants, times, warmupSeconds, rounds, sliceNanos);
    reportPoints(variants, times);
  }

  private static Variant variant(
      String container, CorsMode mode, Endpoint endpoint, RequestCase request) {
    return new Variant(mode, endpoint, request, exchange(container, mode, endpoint, request));
  }

  private static Exchange exchange(
      String container, CorsMode mode, Endpoint endpoint, RequestCase request) {
    if (container.equals("jersey")) {
      ApplicationHandler handler = new ApplicationHandler(mode.jersey());
      return () -> {
        ContainerResponse response = JerseyPipeline.handle(handler, endpoint, request);
        return new String[] {
          Integer.toString(response.getStatus()),
          response.getHeaderString("Access-Control-Allow-Origin")
        };
      };
    }
    ResteasyDeployment deployment = new ResteasyDeploymentImpl();
    deployment.setApplication(mode.application());
    deployment.start();
    RuntimeDelegate.setInstance(deployment.getProviderFactory());
    var dispatcher = deployment.getDispatcher();
    return () -> {
      MockHttpResponse response = ResteasyPipeline.handle(dispatcher, endpoint, request);
      Object allowOrigin = response.getOutputHeaders().getFirst("Access-Control-Allow-Origin");
      return new String[] {
        Integer.toString(response.getStatus()), allowOrigin == null ? null : allowOrigin.toString()
      };
    };
  }

  private static void report(
      String container,
      List<Variant> variants,
      Map<String, double[]> times,
      double warmupSeconds,
      int rounds,
      long sliceNanos) {
    System.out.printf(
        "%s in process, paired slices: %.0f s warm-up, %d rounds x %d variants x %d ms%n%n",
        container, warmupSeconds, rounds, variants.size(), sliceNanos / 1_000_000);
    System.out.println(
        "| mode | endpoint | request | us/request (median) | vs NONE, same request (median of"
            + " paired ratios) | vs same mode's ALLOWED, same endpoint |");
    System.out.println("| --- | --- | --- | ---: | ---: | ---: |");
    for (Variant v : variants) {
      double[] own = times.get(v.name());
      double[] none = times.get(Variant.name(CorsMode.NONE, v.endpoint(), v.request()));
      double[] get = times.get(Variant.name(v.mode(), v.endpoint(), RequestCase.ALLOWED));
      String vsGet = v.request() == RequestCase.ALLOWED ? "" : fmt(medianRatio(own, get));
      System.out.printf(
          "| %s | %s | %s | %.2f | %s | %s |%n",
          v.mode(),
          v.endpoint(),
          v.request(),
          median(own) / 1e3,
          fmt(medianRatio(own, none)),
          vsGet);
    }
  }

  /**
   * Target 3 of issue 11 read per round: each mode's cost over {@code NONE} minus the headers-only
   * filter's, in percentage points of the {@code NONE} request, median and quartiles over rounds;
   * and, for credcors, its cost over the two filters that read {@code Origin} and write the headers
   * but decide nothing ({@link CorsMode#ORIGIN_ECHO}, and {@link CorsMode#ORIGIN_ECHO_PASS} with
   * credcors' header pass): what its decision and the rest of its work cost beyond those steps.
   */
  private static void reportPoints(List<Variant> variants, Map<String, double[]> times) {
    System.out.println();
    System.out.println(
        "| endpoint | mode | points over HEADERS_ONLY [quartiles] | points over HAND_WRITTEN"
            + " [quartiles] | points over ORIGIN_ECHO_PASS [quartiles] | points over ORIGIN_ECHO"
            + " [quartiles] |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
    for (Variant v : variants) {
      if (v.request() != RequestCase.ALLOWED
          || v.mode() == CorsMode.NONE
          || v.mode() == CorsMode.HEADERS_ONLY) {
        continue;
      }
      boolean credcors = v.mode() == CorsMode.CREDCORS;
      System.out.printf(
          "| %s | %s | %s | %s | %s | %s |%n",
          v.endpoint(),
          v.mode(),
          points(times, v, CorsMode.HEADERS_ONLY),
          v.mode() == CorsMode.HAND_WRITTEN ? "" : points(times, v, CorsMode.HAND_WRITTEN),
          credcors ? points(times, v, CorsMode.ORIGIN_ECHO_PASS) : "",
          credcors ? points(times, v, CorsMode.ORIGIN_ECHO) : "");
    }
  }

  private static String points(Map<String, double[]> times, Variant v, CorsMode reference) {
    double[] own = times.get(v.name());
    double[] other = times.get(Variant.name(reference, v.endpoint(), v.request()));
    double[] none = times.get(Variant.name(CorsMode.NONE, v.endpoint(), v.request()));
    double[] points = new double[own.length];
    for (int r = 0; r < own.length; r++) {
      points[r] = 100 * (own[r] - other[r]) / none[r];
    }
    return PairedSlices.signedQuartiles(points);
  }

  private static String fmt(double ratio) {
    return String.format(Locale.ROOT, "%.3f", ratio);
  }
}
