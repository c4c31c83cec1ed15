package dev.credcors.bench.pipeline;

import dev.credcors.bench.decision.RequestCase;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.Principal;
import java.util.concurrent.ExecutionException;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Jersey: {@link ApplicationHandler#apply(ContainerRequest)}, the entry every container uses. */
public class JerseyPipeline extends PipelineBenchmark {

  private static final URI BASE = URI.create(Endpoint.BASE);
  private static final SecurityContext ANONYMOUS = new Anonymous();

  private ApplicationHandler handler;

  @Setup
  public void setUp() throws Exception {
    handler = new ApplicationHandler(mode.jersey());
    ContainerResponse response = handle();
    check(response.getStatus(), response.getHeaderString("Access-Control-Allow-Origin"));
  }

  @Benchmark
  public ContainerResponse handle() throws InterruptedException, ExecutionException {
    return handle(handler, endpoint, request);
  }

  /** One request through {@code handler}, built as a container builds it from the wire. */
  static ContainerResponse handle(
      ApplicationHandler handler, Endpoint endpoint, RequestCase request)
      throws InterruptedException, ExecutionException {
    ContainerRequest containerRequest =
        new ContainerRequest(
            BASE,
            endpoint.uri(),
            request.method(),
            ANONYMOUS,
            new MapPropertiesDelegate(),
            handler.getConfiguration());
    request.headers(containerRequest::header);
    return handler.apply(containerRequest).get();
  }

  private static final class Anonymous implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return null;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return false;
    }

    @Override
    public String getAuthenticationScheme() {
      return null;
    }
  }
}
