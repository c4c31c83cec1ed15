package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.StubRequestContext;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The per-request CORS decision of one implementation: average nanoseconds per exchange on
 * identical inputs. Each invocation decodes a new {@code Origin} string and resets a reused
 * request/response pair; {@link BaselineDecision} measures exactly that harness work alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
abstract class DecisionBenchmark {

  static StubRequestContext jaxrsRequest(RequestCase requestCase, String path) {
    return new StubRequestContext(
        requestCase.method(), path, requestCase.requestMethod(), requestCase.requestHeaders());
  }
}
