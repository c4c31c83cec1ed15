package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * DESIGN section 5 as properties over any request headers: the filters never throw, never grant an
 * origin the policy does not allow (judged by an oracle written from the policy's text, not by the
 * runtime's matcher), always keep {@code Vary}, and a preflight's answer depends on its request
 * headers alone, not on what came before it (rate limiter, logs, caches).
 */
class RuntimePropertiesTest {

  private static final String LISTED = "https://app.example.com";
  private static final Pattern PREVIEWS =
      Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$");

  private static final String[] NAMES = {
    "Origin",
    "Access-Control-Request-Method",
    "Access-Control-Request-Headers",
    "Access-Control-Request-Private-Network",
    "Sec-Fetch-Site",
    "Cookie",
    "Authorization",
    "Host"
  };

  private static final CorsEndpoint LIST = endpoint("list()", "GET", "/items");
  private static final CorsEndpoint CREATE = endpoint("create()", "POST", "/items");
  private static final CorsEndpoint DELETE = endpoint("delete(long)", "DELETE", "/items/{id}");
  private static final PreflightFilter PREFLIGHT = new PreflightFilter(router());

  /** Held strongly: JUL forgets the settings of a logger nobody references. */
  private static final Logger DENIALS = Logger.getLogger(DenialLog.LOGGER);

  private static final Logger COOKIES = Logger.getLogger(CookieCheck.LOGGER);

  @BeforeContainer
  static void quiet() {
    // Every denial is logged (DEBUG included) so the logging path is exercised, not printed.
    DENIALS.setUseParentHandlers(false);
    DENIALS.setLevel(java.util.logging.Level.ALL);
    COOKIES.setUseParentHandlers(false);
  }

  @AfterContainer
  static void loud() {
    DENIALS.setUseParentHandlers(true);
    DENIALS.setLevel(null);
    COOKIES.setUseParentHandlers(true);
  }

  private static CorsEndpoint endpoint(String javaMethod, String method, String template) {
    return CorsEndpoint.of(javaMethod, method, template, "GET, POST, DELETE", Policies.APP)
        .bound("Items", CookieDiagnostics.LOG);
  }

  private static PreflightRouter router() {
    PreflightRouter router = new PreflightRouter();
    router.add("/items", "", "GET", LIST, "Items#list", true);
    router.add("/items", "", "POST", CREATE, "Items#create", true);
    router.add("/items", "{id}", "DELETE", DELETE, "Items#delete", true);
    return router;
  }

  /** What the policy's text allows: one listed origin and one pattern, on the whole value. */
  private static boolean oracleAllows(List<String> originHeader) {
    if (originHeader == null || originHeader.size() != 1) {
      return false;
    }
    String origin = originHeader.get(0);
    return origin != null
        && origin.length() <= 300
        && (origin.equals(LISTED) || PREVIEWS.matcher(origin).matches());
  }

  // ---- generators

  @Provide
  Arbitrary<MultivaluedMap<String, String>> requestHeaders() {
    List<Arbitrary<List<String>>> perName = new ArrayList<>();
    for (String name : NAMES) {
      perName.add(header(name));
    }
    return Combinators.combine(perName)
        .as(
            lists -> {
              MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
              for (int i = 0; i < NAMES.length; i++) {
                if (lists.get(i) != null) {
                  headers.put(NAMES[i], new ArrayList<>(lists.get(i)));
                }
              }
              return headers;
            });
  }

  /** One header: mostly absent or a single realistic value, sometimes repeated or hostile. */
  private static Arbitrary<List<String>> header(String name) {
    boolean preflightDefining =
        name.equals("Origin") || name.equals("Access-Control-Request-Method");
    Arbitrary<String> realistic =
        switch (name) {
          case "Origin" ->
              Arbitraries.oneOf(
                  Arbitraries.of(
                      LISTED,
                      "https://pr-7.preview.example.com",
                      "https://app.example.com/",
                      "http://app.example.com",
                      "https://APP.example.com",
                      "https://evil.test",
                      "https://pr-7.preview.example.com.evil.test",
                      "null",
                      ""),
                  Arbitraries.strings()
                      .withCharRange('a', 'z')
                      .ofMinLength(1)
                      .ofMaxLength(20)
                      .map(label -> "https://" + label + ".preview.example.com"));
          case "Access-Control-Request-Method" ->
              Arbitraries.of("GET", "POST", "DELETE", "PATCH", "delete", "HEAD", "");
          case "Access-Control-Request-Headers" ->
              Arbitraries.of(
                  "content-type",
                  "Content-Type, X-CSRF-Token",
                  "content-type,,x-csrf-token",
                  "x-api-key",
                  "content-type x-csrf-token",
                  "");
          case "Sec-Fetch-Site" -> Arbitraries.of("cross-site", "same-site", "same-origin", "none");
          default -> Arbitraries.of("true", "session=1", "Bearer t", "127.0.0.1:8080");
        };
    return Arbitraries.frequencyOf(
        Tuple.of(preflightDefining ? 1 : 4, Arbitraries.just((List<String>) null)),
        Tuple.of(6, realistic.map(List::of)),
        Tuple.of(1, Arbitraries.oneOf(realistic, hostile()).list().ofMinSize(2).ofMaxSize(3)),
        Tuple.of(2, hostile().map(List::of)));
  }

  /** Anything the HTTP parser might hand over: any character, oversized, thousands of names. */
  private static Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMinLength(290).ofMaxLength(320),
        Arbitraries.strings().withCharRange('\u0020', '\u007e').ofMinLength(8192).ofMaxLength(8192),
        Arbitraries.of("a", "content-type", "x")
            .list()
            .ofMinSize(500)
            .ofMaxSize(3000)
            .map(names -> String.join(",", names)));
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            8,
            Arbitraries.of(
                "/items", "items", "/items/42", "/items/42/", "/items;v=1/7", "/other", "")),
        Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
  }

  @Provide
  Arbitrary<String> methods() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just("OPTIONS")),
        Tuple.of(1, Arbitraries.of("GET", "POST", "DELETE", "options")));
  }

  @Provide
  Arbitrary<MultivaluedMap<String, Object>> responseHeaders() {
    Arbitrary<String> names =
        Arbitraries.of(
            "Vary",
            "vary",
            "Access-Control-Allow-Origin",
            "access-control-allow-credentials",
            "Set-Cookie",
            "X-Request-Id");
    Arbitrary<Object> values =
        Arbitraries.oneOf(
            Arbitraries.of(
                "*", "Origin", "Accept-Encoding", "sid=1; SameSite=Lax", "", "origin, *"),
            Arbitraries.strings().all().ofMaxLength(20));
    return Combinators.combine(names, values)
        .as(Map::entry)
        .list()
        .ofMaxSize(5)
        .map(
            entries -> {
              MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
              entries.forEach(e -> headers.add(e.getKey(), e.getValue()));
              return headers;
            });
  }

  // ---- properties

  @Property(tries = 2000)
  void preflightFilterNeverThrowsNeverOverGrantsAndAlwaysVaries(
      @ForAll("methods") String method,
      @ForAll("paths") String path,
      @ForAll("requestHeaders") MultivaluedMap<String, String> headers) {
    Stubs.Request request = new Stubs.Request(method, path, headers);
    PREFLIGHT.filter(request.context); // throws => property fails
    Response answer = request.aborted;
    Statistics.label("preflight")
        .collect(answer == null ? "passed through" : answer.getStatus())
        .coverage(answers -> answers.check(204).count(n -> n >= 10));
    if (answer == null) {
      return; // not a preflight to a governed path: passed through untouched
    }
    assertThat(answer.getStatus()).isIn(204, 403);
    assertThat(varies(answer.getStringHeaders().get("Vary"))).isTrue();
    if (answer.getStatus() == 204) {
      assertThat(oracleAllows(headers.get("Origin"))).isTrue();
      assertThat(answer.getHeaderString("Access-Control-Allow-Origin"))
          .isEqualTo(headers.getFirst("Origin"));
    } else {
      assertThat(corsGrants(answer.getStringHeaders().keySet())).isEmpty();
    }
  }

  @Property(tries = 2000)
  void responseFilterNeverThrowsNeverOverGrantsAndAlwaysVaries(
      @ForAll("requestHeaders") MultivaluedMap<String, String> request,
      @ForAll("responseHeaders") MultivaluedMap<String, Object> response) {
    boolean wildcardVary =
        response.entrySet().stream()
            .anyMatch(
                e ->
                    e.getKey().equalsIgnoreCase("Vary")
                        && e.getValue().stream().anyMatch(v -> String.valueOf(v).contains("*")));
    Stubs.Reply reply = new Stubs.Reply(response);
    Stubs.Request get = new Stubs.Request("GET", "/items", request);
    CorsFilters.guardWrites(LIST, get.context); // a GET: never refused
    assertThat(get.aborted).isNull();
    CorsFilters.decorateResponse(LIST, get.context, reply.context);
    List<String> granted = corsGrants(response.keySet());
    Statistics.label("response")
        .collect(granted.isEmpty() ? "no grant" : "granted")
        .coverage(grants -> grants.check("granted").count(n -> n > 100));
    if (oracleAllows(request.get("Origin"))) {
      assertThat(response.getFirst("Access-Control-Allow-Origin"))
          .isEqualTo(request.getFirst("Origin"));
    } else {
      assertThat(granted).isEmpty();
    }
    List<String> vary = new ArrayList<>();
    response.forEach(
        (name, values) -> {
          if (name.equalsIgnoreCase("Vary")) {
            values.forEach(v -> vary.add(String.valueOf(v)));
          }
        });
    assertThat(wildcardVary || varies(vary)).as("Vary %s", vary).isTrue();
  }

  @Property(tries = 2000)
  void writeGuardNeverThrowsAndRefusesWithoutGrants(
      @ForAll("requestHeaders") MultivaluedMap<String, String> headers) {
    Stubs.Request request = new Stubs.Request("DELETE", "/items/42", headers);
    CorsFilters.guardWrites(DELETE, request.context); // throws => property fails
    if (request.aborted != null) {
      assertThat(request.aborted.getStatus()).isEqualTo(403);
      assertThat(corsGrants(request.aborted.getStringHeaders().keySet())).isEmpty();
      assertThat(varies(request.aborted.getStringHeaders().get("Vary"))).isTrue();
    } else {
      // Passed: from an allowed page, from the same origin by Fetch Metadata, or not from a
      // browser at all (no Origin, no Fetch Metadata).
      assertThat(
              oracleAllows(headers.get("Origin"))
                  || headers.get("Origin") == null && headers.get("Sec-Fetch-Site") == null
                  || List.of(List.of("same-origin"), List.of("none"))
                      .contains(headers.get("Sec-Fetch-Site")))
          .as("%s", headers)
          .isTrue();
    }
  }

  @Property(tries = 500)
  void preflightAnswerDependsOnTheRequestHeadersAlone(
      @ForAll("requestHeaders") MultivaluedMap<String, String> headers,
      @ForAll("paths") String path,
      @ForAll("requestHeaders") MultivaluedMap<String, String> other1,
      @ForAll("requestHeaders") MultivaluedMap<String, String> other2) {
    Map<String, Object> first = answer(path, headers);
    answer(path, other1);
    answer("/items/1", other2);
    for (int i = 0; i < 3; i++) {
      answer(path, headers); // repeats feed the rate limiter and the logs
    }
    assertThat(answer(path, headers)).isEqualTo(first);
  }

  /** The status and headers of the preflight answer, or an empty map if it passed through. */
  private static Map<String, Object> answer(String path, MultivaluedMap<String, String> headers) {
    Stubs.Request request = new Stubs.Request("OPTIONS", path, copy(headers));
    PREFLIGHT.filter(request.context);
    Map<String, Object> out = new TreeMap<>();
    if (request.aborted != null) {
      out.put(":status", request.aborted.getStatus());
      request.aborted.getStringHeaders().forEach((name, values) -> out.put(name, values));
    }
    return out;
  }

  private static MultivaluedMap<String, String> copy(MultivaluedMap<String, String> headers) {
    MultivaluedMap<String, String> out = new MultivaluedHashMap<>();
    headers.forEach((name, values) -> out.put(name, new ArrayList<>(values)));
    return out;
  }

  private static boolean varies(List<String> values) {
    if (values == null) {
      return false;
    }
    for (String value : values) {
      for (String token : value.split(",")) {
        if (token.strip().equalsIgnoreCase("Origin")) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> corsGrants(Iterable<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (name.toLowerCase(Locale.ROOT).startsWith("access-control-allow-")) {
        out.add(name);
      }
    }
    return out;
  }
}
