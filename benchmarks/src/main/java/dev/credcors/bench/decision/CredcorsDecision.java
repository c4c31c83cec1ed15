package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.CredcorsFilters;
import dev.credcors.bench.jaxrs.FilterChain;
import dev.credcors.bench.jaxrs.StubRequestContext;
import dev.credcors.bench.jaxrs.StubResponseContext;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * credcors: the filters its runtime registers for the processor-generated policy of the resource,
 * request and response phase, or the preflight answer.
 */
public class CredcorsDecision extends DecisionBenchmark {

  @Param({"2", "100", "1000", "pattern"})
  public String allowlist;

  @Param public RequestCase request;

  private FilterChain chain;
  private StubRequestContext requestContext;
  private final StubResponseContext responseContext = new StubResponseContext();

  @Setup
  public void setUp() throws IOException {
    Allowlist list = Allowlist.of(allowlist);
    chain = CredcorsFilters.forResource(list.resource(), "GET");
    requestContext = jaxrsRequest(request, list.path());
    Outcomes.checkJaxrs("credcors", request, decide());
  }

  @Benchmark
  public Object decide() throws IOException {
    return chain.exchange(requestContext.reset(request.freshOrigin()), responseContext);
  }
}
