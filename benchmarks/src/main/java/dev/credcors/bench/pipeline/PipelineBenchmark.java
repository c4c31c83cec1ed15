package dev.credcors.bench.pipeline;

import dev.credcors.bench.decision.RequestCase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A whole request in process, everything but the network: pre-matching filters, resource matching,
 * the resource method, response filters and writing the entity to a buffer. On a shared 2-core
 * machine this is stable where a load test is not, so its ratios are the ones quoted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class PipelineBenchmark {

  @Param public CorsMode mode;

  @Param public Endpoint endpoint;

  @Param({"ALLOWED", "PREFLIGHT"})
  public RequestCase request;

  /** Fails set-up unless the application answers {@link #request} as {@link #mode} should. */
  void check(int status, String allowOrigin) {
    check(getClass().getSimpleName(), mode, request, status, allowOrigin);
  }

  static void check(
      String name, CorsMode mode, RequestCase request, int status, String allowOrigin) {
    Boolean allows = mode.allows(request);
    boolean ok =
        status < 300
            && (allows == null
                || (allows ? request.freshOrigin().equals(allowOrigin) : allowOrigin == null));
    if (!ok) {
      throw new IllegalStateException(
          name
              + " "
              + mode
              + " answers "
              + request
              + " with "
              + status
              + ", Access-Control-Allow-Origin "
              + allowOrigin);
    }
  }
}
