package dev.credcors.it;

import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey on Grizzly. Compiled here against Jersey 3.1 and run unchanged on Jersey 4.0 (and, through
 * the relocated suite, on Jersey 2): the factory it calls has kept its signature.
 */
final class JerseyFixture implements ServerFixture {

  /** Named by the Jersey stack modules in {@value ServerFixture#KIND_PROPERTY}. */
  public static final class Kind implements ServerFixture.Kind {
    public Kind() {}

    @Override
    public ServerFixture start(Application application) throws Exception {
      return new JerseyFixture(application);
    }
  }

  private final HttpServer server;
  private final URI base;

  private JerseyFixture(Application application) throws Exception {
    server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"), ResourceConfig.forApplication(application), true);
    int port = server.getListeners().iterator().next().getPort();
    base = URI.create("http://127.0.0.1:" + port + "/");
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
