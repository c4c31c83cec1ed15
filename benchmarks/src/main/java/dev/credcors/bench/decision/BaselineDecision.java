package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.FilterChain;
import dev.credcors.bench.jaxrs.StubRequestContext;
import dev.credcors.bench.jaxrs.StubResponseContext;
import dev.credcors.bench.resources.TwoOriginsResource;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * No CORS: the harness work every other benchmark also does (decode a new {@code Origin}, reset the
 * request and response), for the Jakarta REST stubs and for Spring's servlet mocks. Subtract it to
 * get the cost of the CORS decision itself.
 */
public class BaselineDecision extends DecisionBenchmark {

  @Param public RequestCase request;

  private final FilterChain chain = FilterChain.none();
  private StubRequestContext requestContext;
  private final StubResponseContext responseContext = new StubResponseContext();
  private SpringExchange springExchange;

  @Setup
  public void setUp() {
    String path = Allowlist.of(TwoOriginsResource.class).path();
    requestContext = jaxrsRequest(request, path);
    springExchange = new SpringExchange(request, path);
  }

  @Benchmark
  public Object jaxrsStubs() throws IOException {
    return chain.exchange(requestContext.reset(request.freshOrigin()), responseContext);
  }

  @Benchmark
  public Object servletMocks() {
    return springExchange.reset(request.freshOrigin()).response;
  }
}
