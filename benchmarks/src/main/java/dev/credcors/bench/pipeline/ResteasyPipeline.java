package dev.credcors.bench.pipeline;

import dev.credcors.bench.decision.RequestCase;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URISyntaxException;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.mock.MockHttpRequest;
import org.jboss.resteasy.mock.MockHttpResponse;
import org.jboss.resteasy.spi.Dispatcher;
import org.jboss.resteasy.spi.ResteasyDeployment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** RESTEasy: its in-memory dispatcher with mock HTTP request and response. */
public class ResteasyPipeline extends PipelineBenchmark {

  private ResteasyDeployment deployment;
  private Dispatcher dispatcher;

  @Setup
  public void setUp() throws URISyntaxException {
    deployment = new ResteasyDeploymentImpl();
    deployment.setApplication(mode.application());
    deployment.start();
    // The benchmark jar lists Jersey's RuntimeDelegate; Response.status(...) in filters must
    // build RESTEasy's responses here. Each JMH fork runs one benchmark, so this stays local.
    RuntimeDelegate.setInstance(deployment.getProviderFactory());
    dispatcher = deployment.getDispatcher();
    MockHttpResponse response = handle();
    Object allowOrigin = response.getOutputHeaders().getFirst("Access-Control-Allow-Origin");
    check(response.getStatus(), allowOrigin == null ? null : allowOrigin.toString());
  }

  @TearDown
  public void tearDown() {
    deployment.stop();
  }

  @Benchmark
  public MockHttpResponse handle() throws URISyntaxException {
    return handle(dispatcher, endpoint, request);
  }

  /** One request through {@code dispatcher}, with mock HTTP request and response. */
  static MockHttpResponse handle(Dispatcher dispatcher, Endpoint endpoint, RequestCase request)
      throws URISyntaxException {
    MockHttpRequest httpRequest = MockHttpRequest.create(request.method(), endpoint.path());
    request.headers(httpRequest::header);
    MockHttpResponse response = new MockHttpResponse();
    dispatcher.invoke(httpRequest, response);
    return response;
  }
}
