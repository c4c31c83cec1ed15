package dev.credcors.examples.jersey;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;

/**
 * The README's demo: the Jersey example API on {@code 127.0.0.1:8080} and a page that calls it,
 * served on ports 5173 and 5174, so a person can watch the browser allow and block credentialed
 * calls. The page ports are fixed because the README's command configures those origins ({@code
 * -Dcredcors.example.app-origins=http://localhost:5173}, {@code
 * -Dcredcors.example.admin-origins=http://localhost:5174}); without them the API refuses to start.
 */
public final class Demo {

  private static final int API_PORT = 8080;
  private static final int APP_PORT = 5173;
  private static final int ADMIN_PORT = 5174;

  /** Held so the level sticks: Grizzly's start-up lines would bury the instructions below. */
  private static final Logger GRIZZLY = Logger.getLogger("org.glassfish.grizzly");

  private Demo() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    for (int port : new int[] {API_PORT, APP_PORT, ADMIN_PORT}) {
      requireFree(port);
    }
    GRIZZLY.setLevel(Level.WARNING);
    HttpServer api = JerseyExample.start(API_PORT);
    // The page calls the API by the name "localhost", the same site as the allowed page, so the
    // session cookie is first-party there and every browser sends it.
    String apiBase = "http://localhost:" + API_PORT;
    PageServer app = PageServer.start(APP_PORT, apiBase);
    PageServer admin = PageServer.start(ADMIN_PORT, apiBase);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  admin.stop();
                  api.shutdownNow();
                }));
    System.out.printf(
        """
        credcors demo: the Jersey example API is listening on http://127.0.0.1:%1$d

          Open http://localhost:%2$d/   the app's allowed origin: sign in, read and rename the
                                        profile (cookie or bearer token), read item 42
          Open http://127.0.0.1:%2$d/   the same page from an origin the policy does not list:
                                        the browser blocks every call (TypeError: Failed to fetch)
          Open http://localhost:%3$d/   the admin console's origin: only it may delete item 42

          Try it with curl:
            curl -i -H 'Origin: http://localhost:%2$d' -H 'Content-Type: application/json' \\
                 -d '{"user":"alice","password":"wonderland"}' http://127.0.0.1:%1$d/api/session

        Press Ctrl+C to stop.
        """,
        API_PORT, APP_PORT, ADMIN_PORT);
    Thread.currentThread().join();
  }

  private static void requireFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      // Free: the probe closes at once and the server binds it next.
    } catch (IOException e) {
      throw new IllegalStateException(
          "127.0.0.1:"
              + port
              + " is in use; the demo needs ports 8080, 5173 and 5174 because the README's command"
              + " configures those page origins: stop whatever listens there",
          e);
    }
  }
}
