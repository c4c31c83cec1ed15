package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.FilterChain;
import dev.credcors.bench.jaxrs.StubRequestContext;
import dev.credcors.bench.jaxrs.StubResponseContext;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * A Jakarta REST filter chain deciding {@link #request}: the shared body of the credcors and
 * RESTEasy decision benchmarks, which differ only in the chain and the allowlists they support.
 */
public abstract class JaxrsDecision extends DecisionBenchmark {

  @Param public RequestCase request;

  private FilterChain chain;
  private StubRequestContext requestContext;
  private final StubResponseContext responseContext = new StubResponseContext();

  /** Installs the chain under test and checks that it decides {@link #request} correctly. */
  void use(String implementation, Allowlist list, FilterChain chain) throws IOException {
    this.chain = chain;
    this.requestContext = jaxrsRequest(request, list.path());
    Outcomes.checkJaxrs(implementation, request, decide());
  }

  @Benchmark
  public Object decide() throws IOException {
    return chain.exchange(requestContext.reset(request.freshOrigin()), responseContext);
  }
}
