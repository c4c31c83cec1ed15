package dev.credcors.examples.jersey;

import dev.credcors.examples.api.ExampleApi;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The example API on Jersey and Grizzly. Note what is missing: no CORS filter, feature or provider
 * is registered; the credcors runtime registers itself and applies the generated policies.
 *
 * <p>Run with the port as the only argument, or {@code -Dport=...}; 0 picks a free port. Prints one
 * line, {@code ... listening on http://127.0.0.1:<port>}, once the server accepts requests.
 */
public final class JerseyExample {

  private JerseyExample() {}

  /** Starts the API on {@code 127.0.0.1:port} (0 for any free port). */
  public static HttpServer start(int port) {
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    ResourceConfig config =
        ResourceConfig.forApplication(new ExampleApi())
            // Two optional features whose libraries the example leaves out; without these
            // properties Jersey warns about each at start-up.
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "DATASOURCE");
    return GrizzlyHttpServerFactory.createHttpServer(base, config, true);
  }

  /** The port the server really listens on. */
  public static int port(HttpServer server) {
    return server.getListeners().iterator().next().getPort();
  }

  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("port", 8080);
    HttpServer server = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println("credcors Jersey example listening on http://127.0.0.1:" + port(server));
    Thread.currentThread().join();
  }
}
