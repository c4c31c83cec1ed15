package dev.credcors.it;

import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey 3.1 on Grizzly. */
final class JerseyFixture implements ServerFixture {

  private final HttpServer server;
  private final URI base;

  private JerseyFixture(Application application) throws Exception {
    server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"), ResourceConfig.forApplication(application), true);
    int port = server.getListeners().iterator().next().getPort();
    base = URI.create("http://127.0.0.1:" + port + "/");
  }

  static ServerFixture start(Application application) throws Exception {
    return new JerseyFixture(application);
  }

  @Override
  public URI base() {
    return base;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
