package dev.credcors.it;

import static dev.credcors.it.Http.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.credcors.it.conflict.LeftResource;
import dev.credcors.it.conflict.RightResource;
import dev.credcors.jaxrs.CredentialedCorsFeature;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DESIGN section 5, asserted over real HTTP against one server kind; {@link JerseyCorsTest} and
 * {@link ResteasyCorsTest} run it against Jersey and RESTEasy. The application registers no CORS
 * code: credcors must arrive through the runtime jar's service file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CorsSuite {

  static final String APP = "https://app.example.com";
  static final String PREVIEW = "https://pr-7.preview.example.com";
  static final String ADMIN = "https://admin.example.com";
  static final String EVIL = "https://evil.test";
  static final String PREFLIGHT_VARY =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private ServerFixture server;

  /** Starts this suite's kind of server. */
  abstract ServerFixture.Kind kind();

  @BeforeAll
  void start() throws Exception {
    server = kind().start(new TestApplication());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    return Http.send(server.base(), "GET", path, withCookie(headers));
  }

  private HttpResponse<String> preflight(String path, String... headers) throws Exception {
    return Http.send(server.base(), "OPTIONS", path, headers);
  }

  private static String[] withCookie(String... headers) {
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Cookie";
    all[headers.length + 1] = "session=1";
    return all;
  }

  // ---- actual requests

  @Test
  void allowedOriginGetsCredentialedHeaders() throws Exception {
    HttpResponse<String> response = get("/items", "Origin", APP);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("items");
    assertGranted(response, APP);
    assertThat(header(response, "Access-Control-Expose-Headers")).containsExactly("X-Request-Id");
  }

  @Test
  void patternOriginIsEchoed() throws Exception {
    HttpResponse<String> response = get("/items", "Origin", PREVIEW);
    assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(PREVIEW);
  }

  @Test
  void otherOriginsGetNoGrantButVary() throws Exception {
    for (String origin :
        List.of(EVIL, "null", "https://app.example.com.evil.test", "http://app.example.com")) {
      HttpResponse<String> response = get("/items", "Origin", origin);
      assertThat(response.statusCode()).as(origin).isEqualTo(200);
      assertNoGrant(response);
      assertVariesOnOriginOnce(response);
    }
  }

  @Test
  void absentOriginIsUntouchedButVaried() throws Exception {
    HttpResponse<String> response = get("/items");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("items");
    assertNoGrant(response);
    assertVariesOnOriginOnce(response);
  }

  @Test
  void exceptionMappedErrorStillCarriesTheHeaders() throws Exception {
    HttpResponse<String> response = get("/items/fail", "Origin", APP);
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("failed: no such item");
    assertGranted(response, APP);
  }

  @Test
  void corsHeadersSetByResourceCodeAreReplaced() throws Exception {
    HttpResponse<String> allowed = get("/items/self-cors", "Origin", APP);
    assertGranted(allowed, APP);
    assertThat(header(allowed, "Access-Control-Expose-Headers")).containsExactly("X-Request-Id");
    assertThat(header(allowed, "Access-Control-Allow-Methods")).isEmpty();

    HttpResponse<String> denied = get("/items/self-cors", "Origin", EVIL);
    assertNoGrant(denied);
    assertThat(header(denied, "Access-Control-Expose-Headers")).isEmpty();
  }

  @Test
  void varyIsMergedWithAnExistingValue() throws Exception {
    HttpResponse<String> response = get("/items/varied", "Origin", APP);
    assertThat(varyNames(response)).containsExactlyInAnyOrder("accept-encoding", "origin");
    assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(APP);
  }

  @Test
  void methodLevelPolicyReplacesTheClassPolicy() throws Exception {
    assertThat(header(get("/items/admin", "Origin", ADMIN), "Access-Control-Allow-Origin"))
        .containsExactly(ADMIN);
    HttpResponse<String> app = get("/items/admin", "Origin", APP);
    assertNoGrant(app);
    assertThat(header(app, "Access-Control-Expose-Headers")).isEmpty();

    HttpResponse<String> adminPreflight =
        preflight(
            "/items/admin",
            "Origin",
            ADMIN,
            "Access-Control-Request-Method",
            "GET",
            "Access-Control-Request-Headers",
            "authorization");
    assertThat(adminPreflight.statusCode()).isEqualTo(204);
    assertThat(header(adminPreflight, "Access-Control-Allow-Headers"))
        .containsExactly("Authorization");
    assertDenied(preflight("/items/admin", "Origin", APP, "Access-Control-Request-Method", "GET"));
    assertDenied(preflight("/items/42", "Origin", ADMIN, "Access-Control-Request-Method", "GET"));
  }

  @Test
  void authenticationStillRejectsCredentiallessActualRequests() throws Exception {
    HttpResponse<String> response = Http.send(server.base(), "GET", "/items", "Origin", APP);
    assertThat(response.statusCode()).isEqualTo(401);
    // The 401 comes after matching, so the method's policy still decorates it: the page can read
    // that it must log in.
    assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(APP);
    assertVariesOnOriginOnce(response);
  }

  @Test
  void unannotatedResourcesAreLeftAlone() throws Exception {
    HttpResponse<String> actual = get("/plain", "Origin", APP);
    assertThat(actual.statusCode()).isEqualTo(200);
    assertNoGrant(actual);
    assertThat(header(actual, "Vary")).isEmpty();
    HttpResponse<String> preflight =
        preflight("/plain", "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(preflight.statusCode()).isNotEqualTo(204);
    assertNoGrant(preflight);
  }

  // ---- preflights

  @Test
  void allowedPreflightIsAnsweredBeforeAuthentication() throws Exception {
    HttpResponse<String> response =
        preflight(
            "/items/42",
            "Origin",
            APP,
            "Access-Control-Request-Method",
            "DELETE",
            "Access-Control-Request-Headers",
            "content-type,x-csrf-token");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(APP);
    assertThat(header(response, "Access-Control-Allow-Credentials")).containsExactly("true");
    assertThat(header(response, "Access-Control-Allow-Methods")).containsExactly("GET, DELETE");
    assertThat(header(response, "Access-Control-Allow-Headers"))
        .containsExactly("Content-Type, X-CSRF-Token");
    assertThat(header(response, "Access-Control-Max-Age")).containsExactly("600");
    assertThat(header(response, "Access-Control-Allow-Private-Network")).isEmpty();
    assertThat(header(response, "Vary")).containsExactly(PREFLIGHT_VARY);
  }

  @Test
  void preflightFromAnotherOriginIsDenied() throws Exception {
    assertDenied(preflight("/items", "Origin", EVIL, "Access-Control-Request-Method", "POST"));
    assertDenied(preflight("/items", "Origin", "null", "Access-Control-Request-Method", "POST"));
  }

  @Test
  void preflightForAnUnservedMethodIsDenied() throws Exception {
    assertDenied(preflight("/items/42", "Origin", APP, "Access-Control-Request-Method", "PUT"));
    assertDenied(preflight("/items", "Origin", APP, "Access-Control-Request-Method", "delete"));
  }

  @Test
  void preflightForAnUnlistedHeaderIsDenied() throws Exception {
    assertDenied(
        preflight(
            "/items",
            "Origin",
            APP,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type,x-api-key"));
  }

  @Test
  void privateNetworkAccessIsGrantedOnlyWhereAllowed() throws Exception {
    HttpResponse<String> device =
        preflight(
            "/device",
            "Origin",
            APP,
            "Access-Control-Request-Method",
            "PUT",
            "Access-Control-Request-Private-Network",
            "true");
    assertThat(device.statusCode()).isEqualTo(204);
    assertThat(header(device, "Access-Control-Allow-Private-Network")).containsExactly("true");
    assertThat(header(device, "Access-Control-Allow-Methods")).containsExactly("GET, PUT");

    HttpResponse<String> items =
        preflight(
            "/items",
            "Origin",
            APP,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Private-Network",
            "true");
    assertThat(header(items, "Access-Control-Allow-Private-Network")).isEmpty();
  }

  @Test
  void pathParametersAndRegexTemplatesRouteLikeJakartaRest() throws Exception {
    HttpResponse<String> named =
        preflight("/items/named/bob", "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(named.statusCode()).isEqualTo(204);
    assertThat(header(named, "Access-Control-Allow-Methods")).containsExactly("GET");

    HttpResponse<String> numeric =
        preflight("/items/42/", "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(header(numeric, "Access-Control-Allow-Methods")).containsExactly("GET, DELETE");

    // "abc" does not match {id: [0-9]+}, so no policy governs it: the preflight passes through.
    HttpResponse<String> unmatched =
        preflight("/items/abc", "Origin", APP, "Access-Control-Request-Method", "GET");
    assertNoGrant(unmatched);

    HttpResponse<String> matrix =
        preflight("/items;v=2/42;x=y", "Origin", APP, "Access-Control-Request-Method", "DELETE");
    assertThat(matrix.statusCode()).isEqualTo(204);
    assertThat(header(matrix, "Access-Control-Allow-Methods")).containsExactly("GET, DELETE");
    assertThat(get("/items;v=2/42;x=y", "Origin", APP).body()).isEqualTo("item 42");

    assertThat(get("/items/42", "Origin", APP).body()).isEqualTo("item 42");
    assertThat(header(get("/items/named/bob", "Origin", PREVIEW), "Access-Control-Allow-Origin"))
        .containsExactly(PREVIEW);
  }

  @Test
  void nestedResourceWithManyParametersIsFoundByItsGeneratedClass() throws Exception {
    HttpResponse<String> actual = get("/catalog/3?tag=a&tag=b", "Origin", APP);
    assertThat(actual.body()).isEqualTo("entry 3 [a, b]");
    assertGranted(actual, APP);
    HttpResponse<String> preflight =
        preflight("/catalog/3", "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(header(preflight, "Access-Control-Allow-Methods")).containsExactly("GET");
  }

  // ---- hostile headers

  @Test
  void oversizedOriginIsNotAllowed() throws Exception {
    String huge = "https://" + "a".repeat(64 * 1024) + ".example.com";
    HttpResponse<String> actual = get("/items", "Origin", huge);
    assertThat(actual.statusCode()).isLessThan(500);
    assertNoGrant(actual);
    HttpResponse<String> preflight =
        preflight("/items", "Origin", huge, "Access-Control-Request-Method", "POST");
    assertThat(preflight.statusCode()).isLessThan(500).isNotEqualTo(204);
    assertNoGrant(preflight);
    HttpResponse<String> hugeHeaders =
        preflight(
            "/items",
            "Origin",
            APP,
            "Access-Control-Request-Method",
            "POST",
            "Access-Control-Request-Headers",
            "content-type,".repeat(5000) + "content-type");
    assertThat(hugeHeaders.statusCode()).isLessThan(500).isNotEqualTo(204);
    assertNoGrant(hugeHeaders);
  }

  @Test
  void repeatedOrMalformedHeadersAreNotAllowed() throws Exception {
    List<String> requests =
        List.of(
            "OPTIONS /items/4%0d%0a2 HTTP/1.1\r\nOrigin: "
                + APP
                + "\r\n"
                + "Access-Control-Request-Method: GET\r\n",
            "GET /items HTTP/1.1\r\nOrigin: " + APP + "\r\nOrigin: " + APP + "\r\n",
            "GET /items HTTP/1.1\r\nOrigin: \r\n",
            "GET /items HTTP/1.1\r\nOrigin: " + APP + "\rX-Injected: 1\r\n",
            "OPTIONS /items HTTP/1.1\r\nOrigin: "
                + APP
                + "\r\nOrigin: "
                + EVIL
                + "\r\n"
                + "Access-Control-Request-Method: POST\r\n",
            "OPTIONS /items HTTP/1.1\r\nOrigin: \r\nAccess-Control-Request-Method: POST\r\n",
            "OPTIONS /items HTTP/1.1\r\nOrigin: "
                + APP
                + "\r\n"
                + "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Method: PUT\r\n",
            "OPTIONS /items HTTP/1.1\r\nOrigin: "
                + APP
                + "\r\n"
                + "Access-Control-Request-Method: POST\r\n"
                + "Access-Control-Request-Headers: content-type\r\n"
                + "Access-Control-Request-Headers: x-api-key\r\n",
            "OPTIONS /items HTTP/1.1\r\nOrigin: "
                + APP
                + "\r\n"
                + "Access-Control-Request-Method: POST\rX: y\r\n");
    for (String request : requests) {
      Http.RawResponse response = Http.raw(server.base(), ascii(request));
      assertThat(response.status()).as(request).isLessThan(500);
      assertThat(response.hasAnyAllowHeader()).as(request).isFalse();
    }
  }

  @Test
  void nonAsciiOriginIsNotAllowed() throws Exception {
    byte[] head =
        ("GET /items HTTP/1.1\r\nOrigin: https://app.ex\u00e4mple.com\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Http.RawResponse response = Http.raw(server.base(), head);
    assertThat(response.status()).isLessThan(500);
    assertThat(response.hasAnyAllowHeader()).isFalse();
  }

  // ---- registration

  @Test
  void loadServicesFalseTurnsCredcorsOff() throws Exception {
    try (ServerFixture off =
        kind().start(new TestApplication(Map.of("jakarta.ws.rs.loadServices", false), Set.of()))) {
      HttpResponse<String> preflight =
          Http.send(
              off.base(),
              "OPTIONS",
              "/items",
              "Origin",
              APP,
              "Access-Control-Request-Method",
              "POST");
      assertThat(preflight.statusCode()).isNotEqualTo(204);
      assertNoGrant(preflight);
      HttpResponse<String> actual =
          Http.send(off.base(), "GET", "/items", withCookie("Origin", APP));
      assertThat(actual.statusCode()).isEqualTo(200);
      assertNoGrant(actual);
    }
  }

  @Test
  void manualRegistrationWorksWithServiceLoadingOff() throws Exception {
    try (ServerFixture manual =
        kind()
            .start(
                new TestApplication(
                    Map.of("jakarta.ws.rs.loadServices", false),
                    Set.of(CredentialedCorsFeature.class)))) {
      // The very first request is a preflight: the router is complete before serving starts.
      HttpResponse<String> preflight =
          Http.send(
              manual.base(),
              "OPTIONS",
              "/items/7",
              "Origin",
              APP,
              "Access-Control-Request-Method",
              "DELETE");
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(header(preflight, "Access-Control-Allow-Origin")).containsExactly(APP);
      HttpResponse<String> actual =
          Http.send(manual.base(), "GET", "/items", withCookie("Origin", APP));
      assertThat(header(actual, "Access-Control-Allow-Origin")).containsExactly(APP);
    }
  }

  @Test
  void registeringTheFeatureTwiceIsHarmless() throws Exception {
    try (ServerFixture twice =
        kind().start(new TestApplication(Map.of(), Set.of(CredentialedCorsFeature.class)))) {
      HttpResponse<String> actual =
          Http.send(twice.base(), "GET", "/items", withCookie("Origin", APP));
      assertThat(header(actual, "Access-Control-Allow-Origin")).containsExactly(APP);
      assertVariesOnOriginOnce(actual);
      HttpResponse<String> preflight =
          Http.send(
              twice.base(),
              "OPTIONS",
              "/items",
              "Origin",
              APP,
              "Access-Control-Request-Method",
              "POST");
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(header(preflight, "Access-Control-Allow-Origin")).containsExactly(APP);
    }
  }

  @Test
  void conflictingPoliciesFromSeparateJarsFailStartUp() {
    Throwable failure =
        catchThrowable(
            () ->
                kind()
                    .start(
                        new TestApplication(
                            Map.of(), Set.of(LeftResource.class, RightResource.class)))
                    .close());
    assertThat(failure).as("start-up must fail").isNotNull();
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    assertThat(messages)
        .anySatisfy(
            message ->
                assertThat(message)
                    .startsWith("[conflicting-policies] @CredentialedCors on dev.credcors.it")
                    .contains("both govern GET /shared/{"));
  }

  // ---- assertions

  static List<String> header(HttpResponse<?> response, String name) {
    return response.headers().allValues(name);
  }

  static void assertGranted(HttpResponse<?> response, String origin) {
    assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(origin);
    assertThat(header(response, "Access-Control-Allow-Credentials")).containsExactly("true");
    assertVariesOnOriginOnce(response);
  }

  static void assertNoGrant(HttpResponse<?> response) {
    assertThat(response.headers().map().keySet())
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-allow-"));
  }

  static void assertDenied(HttpResponse<?> response) {
    assertThat(response.statusCode()).isEqualTo(403);
    assertNoGrant(response);
    assertThat(header(response, "Vary")).containsExactly(PREFLIGHT_VARY);
  }

  static List<String> varyNames(HttpResponse<?> response) {
    List<String> names = new ArrayList<>();
    for (String value : header(response, "Vary")) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  static void assertVariesOnOriginOnce(HttpResponse<?> response) {
    assertThat(varyNames(response)).containsOnlyOnce("origin");
  }
}
