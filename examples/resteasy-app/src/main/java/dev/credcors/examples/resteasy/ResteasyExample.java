package dev.credcors.examples.resteasy;

import dev.credcors.examples.api.ExampleApi;
import io.undertow.Undertow;
import java.net.InetSocketAddress;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * The example API on RESTEasy and Undertow. Note what is missing: no CORS filter, feature or
 * provider is registered (not even RESTEasy's own {@code CorsFilter}); the credcors runtime
 * registers itself and applies the generated policies.
 *
 * <p>Run with the port as the only argument, or {@code -Dport=...}; 0 picks a free port. Prints one
 * line, {@code ... listening on http://127.0.0.1:<port>}, once the server accepts requests.
 */
public final class ResteasyExample extends UndertowJaxrsServer {

  /** Starts the API on {@code 127.0.0.1:port} (0 for any free port). */
  public static ResteasyExample start(int port) {
    ResteasyExample server = new ResteasyExample();
    server.start(Undertow.builder().addHttpListener(port, "127.0.0.1"));
    server.deploy(ExampleApi.class);
    return server;
  }

  /** The port the server really listens on. */
  public int port() {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("port", 8081);
    ResteasyExample server = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    System.out.println("credcors RESTEasy example listening on http://127.0.0.1:" + server.port());
    Thread.currentThread().join();
  }
}
