package dev.credcors.bench.pipeline;

import dev.credcors.bench.decision.RequestCase;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.Principal;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A whole Jersey request in process: {@link ApplicationHandler#apply(ContainerRequest)} does
 * pre-matching filters, resource matching, the resource method, response filters and writing the
 * entity to a buffer, everything except the network. On a shared 2-core machine this is stable
 * where a load test is not, so this ratio is the one quoted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JerseyPipeline {

  private static final URI BASE = URI.create("http://127.0.0.1:8080/");
  private static final URI REQUEST_URI = BASE.resolve(JerseyApps.PATH.substring(1));
  private static final SecurityContext ANONYMOUS = new Anonymous();

  @Param public JerseyApps app;

  @Param({"ALLOWED", "PREFLIGHT"})
  public RequestCase request;

  private ApplicationHandler handler;

  @Setup
  public void setUp() throws Exception {
    handler = new ApplicationHandler(app.application());
    ContainerResponse response = handle();
    String allowOrigin = response.getHeaderString("Access-Control-Allow-Origin");
    boolean cors = app != JerseyApps.NONE;
    boolean ok =
        response.getStatus() < 300
            && (cors && request.allowed()
                ? request.freshOrigin().equals(allowOrigin)
                : allowOrigin == null);
    if (!ok) {
      throw new IllegalStateException(
          app + " answers " + request + " with " + response.getStatus() + ", " + allowOrigin);
    }
  }

  @Benchmark
  public ContainerResponse handle() throws InterruptedException, ExecutionException {
    ContainerRequest containerRequest =
        new ContainerRequest(
            BASE,
            REQUEST_URI,
            request.method(),
            ANONYMOUS,
            new MapPropertiesDelegate(),
            handler.getConfiguration());
    String origin = request.freshOrigin();
    if (origin != null) {
      containerRequest.header("Origin", origin);
    }
    if (request.requestMethod() != null) {
      containerRequest.header("Access-Control-Request-Method", request.requestMethod());
    }
    if (request.requestHeaders() != null) {
      containerRequest.header("Access-Control-Request-Headers", request.requestHeaders());
    }
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
