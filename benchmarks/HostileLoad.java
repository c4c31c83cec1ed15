import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load generator for one credcors example server on 127.0.0.1, over raw keep-alive sockets so
 * that it can send what java.net.http refuses to: repeated headers, 8 KiB values, thousands of
 * comma-separated names and every byte an HTTP/1.1 parser admits in a field value (HTAB, SP, VCHAR,
 * obs-text 0x80-0xFF). Bounded in time and in request count.
 *
 * <pre>
 * java benchmarks/HostileLoad.java PORT SECONDS MODE [CONNECTIONS] [MAX_REQUESTS]
 *   MODE valid   only requests a front end sends (allowed and refused origins, preflights)
 *   MODE hostile half of those, half hostile Origin / Access-Control-Request-* values
 * </pre>
 *
 * Prints one summary line: requests, responses by status class, 5xx, connections the server closed
 * without answering (it may, for a request its parser rejects) and requests per second.
 */
public final class HostileLoad {

  private static final String[] ORIGINS = {
    "https://app.example.com",
    "https://admin.example.com",
    "https://pr-7.preview.example.com",
    "https://evil.test",
    "https://app.example.com/",
    "http://app.example.com"
  };

  private final String host = "127.0.0.1";
  private final int port;
  private final boolean hostile;
  private final long deadline;
  private final long maxRequests;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong distinct = new AtomicLong();
  private final LongAdder[] byClass = new LongAdder[6];
  private final LongAdder closedWithoutAnswer = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final List<String> serverErrors = new ArrayList<>();

  private HostileLoad(int port, boolean hostile, long seconds, long maxRequests) {
    this.port = port;
    this.hostile = hostile;
    this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
    this.maxRequests = maxRequests;
    for (int i = 0; i < byClass.length; i++) {
      byClass[i] = new LongAdder();
    }
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    long seconds = Long.parseLong(args[1]);
    boolean hostile = args[2].equals("hostile");
    int connections = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    long maxRequests = args.length > 4 ? Long.parseLong(args[4]) : 50_000_000L;
    HostileLoad load = new HostileLoad(port, hostile, seconds, maxRequests);
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < connections; i++) {
      long seed = 42L * (i + 1);
      Thread thread = new Thread(() -> load.run(new Random(seed)), "load-" + i);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long answered = 0;
    for (LongAdder count : load.byClass) {
      answered += count.sum();
    }
    System.out.printf(
        Locale.ROOT,
        "mode=%s seconds=%.1f requests=%d answered=%d 2xx=%d 3xx=%d 4xx=%d 5xx=%d"
            + " closed_without_answer=%d timeouts=%d distinct_origins=%d rps=%.0f%n",
        args[2],
        elapsed,
        load.sent.get(),
        answered,
        load.byClass[2].sum(),
        load.byClass[3].sum(),
        load.byClass[4].sum(),
        load.byClass[5].sum(),
        load.closedWithoutAnswer.sum(),
        load.timeouts.sum(),
        load.distinct.get(),
        answered / elapsed);
    synchronized (load.serverErrors) {
      for (String error : load.serverErrors) {
        System.out.println("5xx: " + error);
      }
    }
  }

  private void run(Random random) {
    Socket socket = null;
    InputStream in = null;
    while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
      byte[] request = hostile && random.nextBoolean() ? hostileRequest(random) : valid(random);
      try {
        if (socket == null) {
          socket = new Socket();
          socket.connect(new InetSocketAddress(host, port), 5_000);
          socket.setSoTimeout(10_000);
          in = new BufferedInputStream(socket.getInputStream(), 16_384);
        }
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        int answer = readResponse(in, request);
        boolean closeAfter = answer >= CLOSE;
        int status = answer % CLOSE;
        if (answer < 0) {
          closedWithoutAnswer.increment();
          socket = close(socket);
          continue;
        }
        byClass[Math.min(5, status / 100)].increment();
        if (status >= 500) {
          synchronized (serverErrors) {
            if (serverErrors.size() < 20) {
              serverErrors.add(status + " for " + describe(request));
            }
          }
        }
        if (closeAfter) {
          socket = close(socket); // the server said Connection: close
        }
      } catch (SocketTimeoutException e) {
        timeouts.increment();
        socket = close(socket);
      } catch (IOException e) {
        closedWithoutAnswer.increment();
        socket = close(socket);
      }
    }
    close(socket);
  }

  // ---- requests

  private static byte[] valid(Random random) {
    // Mostly the front end each policy allows; now and then a refused or near-miss origin.
    boolean refused = random.nextInt(4) == 0;
    String other = ORIGINS[random.nextInt(ORIGINS.length)];
    return switch (random.nextInt(4)) {
      case 0 ->
          request("GET /api/items HTTP/1.1", "Origin", refused ? other : "https://app.example.com");
      case 1 ->
          request(
              "OPTIONS /api/items/42 HTTP/1.1",
              "Origin",
              refused ? other : "https://admin.example.com",
              "Access-Control-Request-Method",
              "DELETE",
              "Access-Control-Request-Headers",
              "authorization");
      case 2 ->
          request(
              "OPTIONS /api/profile HTTP/1.1",
              "Origin",
              refused ? other : "https://app.example.com",
              "Access-Control-Request-Method",
              "PUT",
              "Access-Control-Request-Headers",
              "content-type");
      default ->
          request(
              "GET /api/profile HTTP/1.1",
              "Origin",
              refused ? other : "https://pr-7.preview.example.com",
              "Cookie",
              "session=unknown");
    };
  }

  private byte[] hostileRequest(Random random) {
    String line =
        random.nextBoolean() ? "OPTIONS /api/items/42 HTTP/1.1" : "GET /api/items HTTP/1.1";
    String origin = ORIGINS[random.nextInt(ORIGINS.length)];
    return switch (random.nextInt(8)) {
      case 0 -> // an 8 KiB (or smaller, oversized) Origin
          request(
              line,
              "Origin",
              visible(random, sizes(random)),
              "Access-Control-Request-Method",
              "DELETE");
      case 1 -> // thousands of comma-separated names
          request(
              line,
              "Origin",
              origin,
              "Access-Control-Request-Method",
              "DELETE",
              "Access-Control-Request-Headers",
              names(random, 500 + random.nextInt(2500)));
      case 2 -> // repeated headers
          request(
              line,
              "Origin",
              origin,
              "Origin",
              ORIGINS[random.nextInt(ORIGINS.length)],
              "Access-Control-Request-Method",
              "DELETE",
              "Access-Control-Request-Method",
              "GET",
              "Access-Control-Request-Headers",
              "authorization",
              "Access-Control-Request-Headers",
              "content-type");
      case 3 -> // every byte a field value may hold
          request(
              line,
              "Origin",
              fieldBytes(random, 1 + random.nextInt(400)),
              "Access-Control-Request-Method",
              fieldBytes(random, 1 + random.nextInt(64)),
              "Access-Control-Request-Headers",
              fieldBytes(random, 1 + random.nextInt(400)));
      case 4 -> // rotating distinct origins: the rate limiter must not grow
          request(
              line,
              "Origin",
              "https://h" + distinct.incrementAndGet() + ".evil.test",
              "Access-Control-Request-Method",
              "DELETE");
      case 5 -> // a hostile method
          request(
              line,
              "Origin",
              origin,
              "Access-Control-Request-Method",
              random.nextBoolean() ? visible(random, 8192) : "DEL ETE,\tPOST");
      case 6 -> // a write from a refused page
          request(
              "DELETE /api/items/7 HTTP/1.1",
              "Origin",
              "https://h" + distinct.incrementAndGet() + ".evil.test",
              "Sec-Fetch-Site",
              "cross-site",
              "Cookie",
              "session=x");
      default -> // everything at once
          request(
              line,
              "Origin",
              visible(random, 4096),
              "Origin",
              fieldBytes(random, 300),
              "Access-Control-Request-Method",
              fieldBytes(random, 30),
              "Access-Control-Request-Headers",
              names(random, 3000));
    };
  }

  private static int sizes(Random random) {
    int[] sizes = {8192, 8192, 4096, 1024, 301};
    return sizes[random.nextInt(sizes.length)];
  }

  private static String visible(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    out.append("https://");
    while (out.length() < length) {
      out.append((char) (0x21 + random.nextInt(0x7e - 0x21 + 1)));
    }
    return out.toString();
  }

  private static String names(Random random, int count) {
    StringBuilder out = new StringBuilder(count * 6);
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : random.nextBoolean() ? "," : ", ").append("x-h").append(i);
    }
    return out.toString();
  }

  /** HTAB, SP, VCHAR and obs-text (RFC 9110 field-content), as ISO-8859-1 characters. */
  private static String fieldBytes(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int b;
      do {
        b = random.nextInt(256);
      } while (b < 0x20 && b != 0x09 || b == 0x7f);
      out.append((char) b);
    }
    // A field value does not start or end with whitespace (it would be trimmed anyway).
    return "x" + out + "x";
  }

  private static byte[] request(String line, String... headers) {
    StringBuilder out = new StringBuilder(line).append("\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      out.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    return out.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String describe(byte[] request) {
    String text = new String(request, StandardCharsets.ISO_8859_1);
    return text.substring(0, Math.min(200, text.length())).replaceAll("[^\\x20-\\x7e]", "?");
  }

  // ---- responses

  /** Added to the status when the server will close the connection after this response. */
  private static final int CLOSE = 1000;

  /**
   * The status (plus {@link #CLOSE} if the connection closes), after reading the whole response; -1
   * if the connection ended first.
   */
  private static int readResponse(InputStream in, byte[] request) throws IOException {
    String text = readHead(in);
    if (text == null) {
      return -1;
    }
    String[] lines = text.split("\r\n");
    String[] statusLine = lines[0].split(" ");
    if (statusLine.length < 2) {
      return -1;
    }
    int status = Integer.parseInt(statusLine[1]);
    long length = -1;
    boolean chunked = false;
    int close = 0;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].toLowerCase(Locale.ROOT);
      if (line.startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).strip());
      } else if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
        chunked = true;
      } else if (line.startsWith("connection:") && line.contains("close")) {
        close = CLOSE;
      }
    }
    boolean headRequest = new String(request, 0, 4, StandardCharsets.ISO_8859_1).equals("HEAD");
    if (headRequest || status == 204 || status == 304 || status / 100 == 1) {
      return status + close;
    }
    if (chunked) {
      while (true) {
        String size = readLine(in);
        if (size == null) {
          return -1;
        }
        int semicolon = size.indexOf(';');
        long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
        if (n == 0) {
          while (true) {
            String trailer = readLine(in);
            if (trailer == null || trailer.isEmpty()) {
              return status + close;
            }
          }
        }
        skip(in, n + 2);
      }
    }
    if (length >= 0) {
      skip(in, length);
      return status + close;
    }
    while (in.read() >= 0) {
      // no length: the body ends with the connection
    }
    return status + CLOSE;
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      out.write(b);
      matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
      if (matched == 4) {
        String text = out.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
      }
    }
    return null;
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16);
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String line = out.toString(StandardCharsets.ISO_8859_1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      }
      out.write(b);
    }
    return null;
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("body cut short");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private static Socket close(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // already gone
      }
    }
    return null;
  }
}
