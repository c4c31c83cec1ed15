package dev.credcors.examples.jersey;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Serves the demo's one page on {@code 127.0.0.1:port}, standing in for a front end's dev server.
 * The same page answers for every host name that reaches it, so {@code http://localhost:5173} and
 * {@code http://127.0.0.1:5173} are two origins (Fetch standard: scheme, host, port) served by one
 * socket: one the policy lists, one it does not.
 */
final class PageServer {

  private final HttpServer server;

  private PageServer(HttpServer server) {
    this.server = server;
  }

  /** Serves the page, with {@code apiBase} filled in as the origin its calls go to. */
  static PageServer start(int port, String apiBase) throws IOException {
    byte[] page = page().replace("{{API_BASE}}", apiBase).getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> serve(exchange, page));
    server.start();
    return new PageServer(server);
  }

  void stop() {
    server.stop(0);
  }

  private static void serve(HttpExchange exchange, byte[] page) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals("/")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(page);
      }
    }
  }

  private static String page() {
    try (InputStream in = PageServer.class.getResourceAsStream("/demo/index.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
