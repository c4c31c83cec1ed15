package dev.credcors.it;

import static dev.credcors.it.CorsAssertions.PREFLIGHT_VARY;
import static dev.credcors.it.CorsAssertions.assertDenied;
import static dev.credcors.it.CorsAssertions.assertGranted;
import static dev.credcors.it.CorsAssertions.assertNoGrant;
import static dev.credcors.it.CorsAssertions.assertVariesOnOriginOnce;
import static dev.credcors.it.CorsAssertions.header;
import static dev.credcors.it.CorsAssertions.varyNames;
import static dev.credcors.it.Http.ascii;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DESIGN section 5, asserted over real HTTP against the server kind the stack module chose (see
 * {@link ServerFixture}): every Jersey and RESTEasy version credcors supports runs this one class.
 * The application registers no CORS code: credcors must arrive through the runtime jar's service
 * file.
 */
class CorsSuite extends OneServerSuite {

  static final String APP = "https://app.example.com";
  static final String PREVIEW = "https://pr-7.preview.example.com";
  static final String ADMIN = "https://admin.example.com";
  static final String EVIL = "https://evil.test";

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    return Http.send(server.base(), "GET", path, Http.withSession(headers));
  }

  private HttpResponse<String> preflight(String path, String... headers) throws Exception {
    return Http.send(server.base(), "OPTIONS", path, headers);
  }

  /** A preflight from {@code origin} asking for {@code method}, plus any other headers. */
  private HttpResponse<String> ask(String path, String origin, String method, String... headers)
      throws Exception {
    String[] all = new String[headers.length + 4];
    all[0] = "Origin";
    all[1] = origin;
    all[2] = "Access-Control-Request-Method";
    all[3] = method;
    System.arraycopy(headers, 0, all, 4, headers.length);
    return preflight(path, all);
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
        ask("/items/admin", ADMIN, "GET", "Access-Control-Request-Headers", "authorization");
    assertThat(adminPreflight.statusCode()).isEqualTo(204);
    assertThat(header(adminPreflight, "Access-Control-Allow-Headers"))
        .containsExactly("Authorization");
    assertDenied(ask("/items/admin", APP, "GET"));
    assertDenied(ask("/items/42", ADMIN, "GET"));
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
    HttpResponse<String> preflight = ask("/plain", APP, "GET");
    assertThat(preflight.statusCode()).isNotEqualTo(204);
    assertNoGrant(preflight);
  }

  // ---- preflights

  @Test
  void allowedPreflightIsAnsweredBeforeAuthentication() throws Exception {
    HttpResponse<String> response =
        ask(
            "/items/42",
            APP,
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
    assertDenied(ask("/items", EVIL, "POST"));
    assertDenied(ask("/items", "null", "POST"));
  }

  @Test
  void preflightForAnUnservedMethodIsDenied() throws Exception {
    assertDenied(ask("/items/42", APP, "PUT"));
    assertDenied(ask("/items", APP, "delete"));
  }

  @Test
  void preflightForAnUnlistedHeaderIsDenied() throws Exception {
    assertDenied(
        ask("/items", APP, "POST", "Access-Control-Request-Headers", "content-type,x-api-key"));
  }

  @Test
  void privateNetworkAccessIsGrantedOnlyWhereAllowed() throws Exception {
    HttpResponse<String> device =
        ask("/device", APP, "PUT", "Access-Control-Request-Private-Network", "true");
    assertThat(device.statusCode()).isEqualTo(204);
    assertThat(header(device, "Access-Control-Allow-Private-Network")).containsExactly("true");
    assertThat(header(device, "Access-Control-Allow-Methods")).containsExactly("GET, PUT");

    HttpResponse<String> items =
        ask("/items", APP, "POST", "Access-Control-Request-Private-Network", "true");
    assertThat(header(items, "Access-Control-Allow-Private-Network")).isEmpty();
  }

  @Test
  void pathParametersAndRegexTemplatesRouteLikeJakartaRest() throws Exception {
    HttpResponse<String> named = ask("/items/named/bob", APP, "GET");
    assertThat(named.statusCode()).isEqualTo(204);
    assertThat(header(named, "Access-Control-Allow-Methods")).containsExactly("GET");

    HttpResponse<String> numeric = ask("/items/42/", APP, "GET");
    assertThat(header(numeric, "Access-Control-Allow-Methods")).containsExactly("GET, DELETE");

    // "abc" does not match {id: [0-9]+}, so no policy governs it: the preflight passes through.
    HttpResponse<String> unmatched = ask("/items/abc", APP, "GET");
    assertNoGrant(unmatched);

    HttpResponse<String> matrix = ask("/items;v=2/42;x=y", APP, "DELETE");
    assertThat(matrix.statusCode()).isEqualTo(204);
    assertThat(header(matrix, "Access-Control-Allow-Methods")).containsExactly("GET, DELETE");
    assertThat(get("/items;v=2/42;x=y", "Origin", APP).body()).isEqualTo("item 42");

    assertThat(get("/items/42", "Origin", APP).body()).isEqualTo("item 42");
    assertThat(header(get("/items/named/bob", "Origin", PREVIEW), "Access-Control-Allow-Origin"))
        .containsExactly(PREVIEW);
  }

  @Test
  void aMoreSpecificResourceWithoutPolicyKeepsItsPath() throws Exception {
    HttpResponse<String> actual = get("/items/named/private", "Origin", APP);
    assertThat(actual.body()).isEqualTo("private");
    assertNoGrant(actual);
    HttpResponse<String> preflight = ask("/items/named/private", APP, "GET");
    assertThat(preflight.statusCode()).isNotEqualTo(204);
    assertNoGrant(preflight);
    // Its sibling under the annotated template is still governed.
    assertThat(ask("/items/named/public", APP, "GET").statusCode()).isEqualTo(204);
  }

  @Test
  void nestedResourceWithManyParametersIsFoundByItsGeneratedClass() throws Exception {
    HttpResponse<String> actual = get("/catalog/3?tag=a&tag=b", "Origin", APP);
    assertThat(actual.body()).isEqualTo("entry 3 [a, b]");
    assertGranted(actual, APP);
    HttpResponse<String> preflight = ask("/catalog/3", APP, "GET");
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
    HttpResponse<String> preflight = ask("/items", huge, "POST");
    assertThat(preflight.statusCode()).isLessThan(500).isNotEqualTo(204);
    assertNoGrant(preflight);
    HttpResponse<String> hugeHeaders =
        ask(
            "/items",
            APP,
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
}
