package dev.credcors.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.credcors.jaxrs.CookieDiagnostics;
import dev.credcors.jaxrs.LogCapture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DESIGN section 5's last point over real HTTP: a refused browser call is explained in the server
 * log (JUL here, through {@link System.Logger}), and a cookie the browser will drop on a cross-site
 * credentialed response is named with its fix, never with its value or any credential.
 */
class DiagnosticsSuite extends OneServerSuite {

  private static final String APP = CorsSuite.APP;
  private static final String TOKEN = "Bearer SECRET-AUTHORIZATION-TOKEN";

  private LogCapture denials;
  private LogCapture cookies;

  @Override
  TestApplication application() {
    return new TestApplication(Map.of(), Set.of(CookieResource.class));
  }

  @BeforeEach
  void capture() {
    denials = LogCapture.of("dev.credcors.denials", Level.ALL);
    cookies = LogCapture.of("dev.credcors.cookies", Level.ALL);
  }

  @AfterEach
  void release() {
    // Whatever a test did, no line carries a cookie or credential value.
    for (LogCapture capture : List.of(denials, cookies)) {
      for (LogRecord record : capture.records()) {
        assertThat(record.getMessage()).doesNotContain("SECRET");
      }
      capture.close();
    }
  }

  private HttpResponse<String> preflight(String path, String... headers) throws Exception {
    String[] all = new String[headers.length + 4];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Cookie";
    all[headers.length + 1] = "session=" + CookieResource.SECRET;
    all[headers.length + 2] = "Authorization";
    all[headers.length + 3] = TOKEN;
    return Http.send(server.base(), "OPTIONS", path, all);
  }

  private List<String> info() {
    return denials.messages(Level.INFO);
  }

  @Test
  void refusedPreflightNamesTheNearMissAndWhereThePolicyIsDeclared() throws Exception {
    HttpResponse<String> response =
        preflight("/items", "Origin", APP + "/", "Access-Control-Request-Method", "POST");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(info())
        .containsExactly(
            "CORS preflight denied [origin-not-listed] origin not listed: POST /items, policy"
                + " declared on dev.credcors.it.ItemsResource; Origin \"https://app.example.com/\""
                + " is not allowed by the policy; near miss: \"https://app.example.com\" is allowed"
                + " (differs by trailing slash)");
  }

  @Test
  void methodLevelPolicyIsNamedByItsMethod() throws Exception {
    preflight("/items/admin", "Origin", APP, "Access-Control-Request-Method", "GET");
    assertThat(info())
        .singleElement()
        .asString()
        .contains("GET /items/admin, policy declared on dev.credcors.it.ItemsResource#admin()")
        .contains("Origin \"https://app.example.com\" is not allowed by the policy");
  }

  @Test
  void refusedHeaderIsNamed() throws Exception {
    preflight(
        "/items/42",
        "Origin",
        APP,
        "Access-Control-Request-Method",
        "DELETE",
        "Access-Control-Request-Headers",
        "content-type,x-api-key");
    assertThat(info())
        .singleElement()
        .asString()
        .startsWith("CORS preflight denied [header-not-allowed] request header not allowed: DELETE")
        .contains("asks for \"x-api-key\", which allowHeaders \"Content-Type, X-CSRF-Token\"");
  }

  @Test
  void refusedMethodIsNamed() throws Exception {
    preflight("/items", "Origin", APP, "Access-Control-Request-Method", "PATCH");
    assertThat(info())
        .singleElement()
        .asString()
        .contains("[method-not-allowed] method not allowed: PATCH /items")
        .contains("Access-Control-Request-Method \"PATCH\" is not one of");
  }

  @Test
  void actualRequestFromUnlistedOriginIsExplainedOncePerMinute() throws Exception {
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response =
          Http.send(
              server.base(),
              "GET",
              "/items",
              "Origin",
              "http://app.example.com",
              "Cookie",
              "session=" + CookieResource.SECRET,
              "Authorization",
              TOKEN);
      assertThat(response.statusCode()).isEqualTo(200);
    }
    assertThat(info())
        .singleElement()
        .asString()
        .startsWith("CORS response denied [origin-not-listed] origin not listed: GET /items")
        .endsWith("near miss: \"https://app.example.com\" is allowed (differs by scheme)");
    assertThat(denials.messages(Level.FINE)).hasSize(2);
  }

  @Test
  void hostileOriginIsQuotedEscaped() throws Exception {
    // A Cyrillic look-alike "a", sent as UTF-8 bytes the server reads as ISO-8859-1.
    byte[] head =
        "GET /items HTTP/1.1\r\nOrigin: https://\u0430pp.example.com\r\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Http.raw(server.base(), head).status()).isLessThan(500);
    assertThat(info())
        .singleElement()
        .asString()
        .contains("[malformed-origin] malformed or repeated Origin")
        .contains("\"https://\\u00D0\\u00B0pp.example.com\"")
        .matches("[\\x20-\\x7e]*");
  }

  @Test
  void sameOriginRequestIsNotADenial() throws Exception {
    // Browsers send Origin on a same-origin POST; the policy need not list the API's own origin.
    String own = "http://" + server.base().getHost() + ":" + server.base().getPort();
    HttpResponse<String> response =
        Http.send(server.base(), "POST", "/items", Http.withSession("Origin", own));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(denials.records()).isEmpty();
  }

  @Test
  void forgedWriteIsLoggedOnceAsSuch() throws Exception {
    HttpResponse<String> response =
        Http.send(
            server.base(),
            "DELETE",
            "/items/42",
            Http.withSession("Origin", CorsSuite.EVIL, "Sec-Fetch-Site", "cross-site"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(info())
        .containsExactly(
            "CORS write denied [forged-write] forged write refused: DELETE /items/{id: [0-9]+},"
                + " policy declared on dev.credcors.it.ItemsResource; \"DELETE\" from Origin"
                + " \"https://evil.test\" with Sec-Fetch-Site \"cross-site\" refused with 403"
                + " before resource code: the page is not on an origin the policy allows");
  }

  @Test
  void droppedCookiesAreNamedWithTheirFixOnce() throws Exception {
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> response =
          Http.send(server.base(), "GET", "/cookies/broken", Http.withSession("Origin", APP));
      assertThat(response.statusCode()).isEqualTo(200);
    }
    List<String> warnings = cookies.messages(Level.WARNING);
    assertThat(warnings).hasSize(2);
    assertThat(warnings)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith(
                        "Cookie \"sid\" has no SameSite attribute, so browsers treat it as Lax and"
                            + " do not send it back on a cross-site fetch; add SameSite=None;"
                            + " Secure [samesite-missing; cross-site response to Origin"
                            + " \"https://app.example.com\" from GET /cookies/broken, policy"
                            + " declared on dev.credcors.it.CookieResource]"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("Cookie \"__Host-csrf\" is a __Host- cookie")
                    .contains("remove Domain, set Path=/ and add Secure [host-prefix;"));
  }

  @Test
  void wellFormedCrossSiteCookieIsNotReported() throws Exception {
    Http.send(server.base(), "GET", "/cookies/good", Http.withSession("Origin", APP));
    assertThat(cookies.records()).isEmpty();
  }

  /** Another server of this kind, its application configured with the given cookie mode. */
  private ServerFixture startWithCookieDiagnostics(String mode) throws Exception {
    return kind()
        .start(
            new TestApplication(
                Map.of(CookieDiagnostics.PROPERTY, mode), Set.of(CookieResource.class)));
  }

  @Test
  void strictModeTurnsAFindingIntoA500() throws Exception {
    try (ServerFixture strict = startWithCookieDiagnostics("strict")) {
      HttpResponse<String> broken =
          Http.send(strict.base(), "GET", "/cookies/broken", Http.withSession("Origin", APP));
      assertThat(broken.statusCode()).isEqualTo(500);
      assertThat(broken.body())
          .startsWith("credcors cookie diagnostics (strict): Cookie \"sid\" has no SameSite")
          .doesNotContain("SECRET");
      assertThat(broken.headers().allValues("Set-Cookie")).isEmpty();
      HttpResponse<String> good =
          Http.send(strict.base(), "GET", "/cookies/good", Http.withSession("Origin", APP));
      assertThat(good.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void offModeChecksNothing() throws Exception {
    try (ServerFixture off = startWithCookieDiagnostics("off")) {
      HttpResponse<String> broken =
          Http.send(off.base(), "GET", "/cookies/broken", Http.withSession("Origin", APP));
      assertThat(broken.statusCode()).isEqualTo(200);
      assertThat(cookies.records()).isEmpty();
    }
  }
}
