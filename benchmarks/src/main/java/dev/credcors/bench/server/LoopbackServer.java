package dev.credcors.bench.server;

import dev.credcors.bench.pipeline.CorsMode;
import java.net.URI;
import java.util.Locale;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/**
 * The benchmarked resource on Jersey and Grizzly, bound to 127.0.0.1 only, for {@code wrk.sh}.
 * Usage: {@code java -cp benchmarks.jar dev.credcors.bench.server.LoopbackServer <none|credcors|
 * resteasy_filter> <port>}, port 0 for any free one. Prints {@code READY <mode> <port>} when it
 * accepts connections and stops when its standard input closes, so a script that dies cannot leave
 * it running.
 */
public final class LoopbackServer {

  private LoopbackServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: LoopbackServer <none|credcors|resteasy_filter> <port>");
      System.exit(2);
    }
    CorsMode mode = CorsMode.valueOf(args[0].toUpperCase(Locale.ROOT));
    URI base = URI.create("http://127.0.0.1:" + Integer.parseInt(args[1]) + "/");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, mode.jersey());
    try {
      int port = server.getListeners().iterator().next().getPort();
      System.out.println("READY " + mode + " " + port);
      System.out.flush();
      while (System.in.read() != -1) {
        // Wait for end of input.
      }
    } finally {
      server.shutdownNow();
    }
  }
}
