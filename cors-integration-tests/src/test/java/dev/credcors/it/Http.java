package dev.credcors.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Talks to a fixture over real sockets. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  /** {@code headers} plus the {@code session} cookie the test application's login filter wants. */
  static String[] withSession(String... headers) {
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Cookie";
    all[headers.length + 1] = "session=1";
    return all;
  }

  /** Sends {@code method path} with alternating header names and values. */
  static HttpResponse<String> send(URI base, String method, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                method.equals("POST") || method.equals("PUT")
                    ? HttpRequest.BodyPublishers.ofString("x")
                    : HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A response read off a raw socket: the status (0 if the server closed without one). */
  record RawResponse(int status, List<String> headerLines) {

    List<String> header(String name) {
      List<String> values = new ArrayList<>();
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      for (String line : headerLines) {
        if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          values.add(line.substring(prefix.length()).strip());
        }
      }
      return values;
    }

    boolean hasAnyAllowHeader() {
      for (String line : headerLines) {
        if (line.toLowerCase(Locale.ROOT).startsWith("access-control-allow-")) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Sends bytes {@code java.net.http} refuses to (repeated, CR-laden or non-ASCII headers) on a
   * plain socket: {@code head} is the request line and header lines without the final blank line.
   */
  static RawResponse raw(URI base, byte[] head) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      try {
        OutputStream out = socket.getOutputStream();
        out.write(head);
        out.write(ascii("Host: " + base.getHost() + ":" + base.getPort() + "\r\n"));
        out.write(ascii("Cookie: session=1\r\nConnection: close\r\n\r\n"));
        out.flush();
      } catch (java.net.SocketException e) {
        // The server refused the request mid-way (e.g. a bare CR) and hung up; read what it said.
      }
      return parse(readHead(socket.getInputStream()));
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      int b;
      while ((b = in.read()) != -1) {
        bytes.write(b);
        byte[] sofar = bytes.toByteArray();
        int n = sofar.length;
        if (n >= 4
            && sofar[n - 4] == '\r'
            && sofar[n - 3] == '\n'
            && sofar[n - 2] == '\r'
            && sofar[n - 1] == '\n') {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // The server hung up on a request it would not parse: no response is also a fine answer.
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private static RawResponse parse(String head) {
    String[] lines = head.split("\r\n");
    if (lines.length == 0 || !lines[0].startsWith("HTTP/1.")) {
      return new RawResponse(0, List.of());
    }
    int status = Integer.parseInt(lines[0].substring(9, 12));
    List<String> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isEmpty()) {
        headers.add(lines[i]);
      }
    }
    return new RawResponse(status, headers);
  }
}
