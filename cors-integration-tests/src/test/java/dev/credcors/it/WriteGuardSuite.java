package dev.credcors.it;

import static dev.credcors.it.CorsAssertions.assertGranted;
import static dev.credcors.it.CorsAssertions.assertVariesOnOriginOnce;
import static dev.credcors.it.CorsAssertions.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The generated request filter's write guard (DESIGN section 5, issue 8), over real HTTP against
 * the server kind the stack module chose (see {@link ServerFixture}). {@link CounterResource}
 * counts the writes that reach resource code, so a refused write is told apart from one that ran
 * and was only hidden from the page.
 */
class WriteGuardSuite extends OneServerSuite {

  static final String APP = CorsSuite.APP;
  static final String EVIL = CorsSuite.EVIL;

  /** The origin a browser on a page of this server sends: {@code http://127.0.0.1:<port>}. */
  private String ownOrigin() {
    return "http://" + server.base().getHost() + ":" + server.base().getPort();
  }

  private HttpResponse<String> send(String method, String path, String... headers)
      throws Exception {
    return Http.send(server.base(), method, path, Http.withSession(headers));
  }

  /** Sends a write and returns its response, asserting how much the counter moved. */
  private HttpResponse<String> write(int counted, String method, String path, String... headers)
      throws Exception {
    int before = CounterResource.count();
    HttpResponse<String> response = send(method, path, headers);
    assertThat(CounterResource.count() - before)
        .as("writes that reached resource code: %s %s %s", method, path, List.of(headers))
        .isEqualTo(counted);
    return response;
  }

  /** The guard's answer: 403, Vary, and no CORS header at all. */
  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().map().keySet())
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
    assertVariesOnOriginOnce(response);
  }

  // ---- refused: the counter does not move

  @Test
  void crossSitePostIsRefusedBeforeResourceCode() throws Exception {
    assertRefused(write(0, "POST", "/counter", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
    // A cross-site page of the same site as the allowed origin is still another site.
    assertRefused(
        write(
            0,
            "POST",
            "/counter",
            "Origin",
            "https://app.example.com.evil.test",
            "Sec-Fetch-Site",
            "cross-site"));
    assertRefused(write(0, "DELETE", "/counter", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
  }

  @Test
  void refusalComesBeforeAuthentication() throws Exception {
    int before = CounterResource.count();
    // No session cookie: the authentication filter would answer 401, but the guard runs first.
    HttpResponse<String> response =
        Http.send(
            server.base(), "POST", "/counter", "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
    assertRefused(response);
    assertThat(CounterResource.count()).isEqualTo(before);
  }

  @Test
  void olderBrowsersAreJudgedByOrigin() throws Exception {
    assertRefused(write(0, "POST", "/counter", "Origin", EVIL));
    assertRefused(write(0, "POST", "/counter", "Origin", "null"));
    assertRefused(write(0, "POST", "/counter", "Origin", "null", "Sec-Fetch-Site", "cross-site"));
    // The request's own origin but another port or scheme is another origin.
    String port = "http://127.0.0.1:" + (server.base().getPort() == 1 ? 2 : 1);
    assertRefused(write(0, "POST", "/counter", "Origin", port));
    assertRefused(write(0, "POST", "/counter", "Origin", ownOrigin().replace("http:", "https:")));
  }

  @Test
  void sameSiteIsRefusedUnlessThePolicyOptsIn() throws Exception {
    String sibling = "https://blog.example.com";
    assertRefused(write(0, "POST", "/counter", "Origin", sibling, "Sec-Fetch-Site", "same-site"));
    HttpResponse<String> allowed =
        write(1, "POST", "/counter/same-site", "Origin", sibling, "Sec-Fetch-Site", "same-site");
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(header(allowed, "Access-Control-Allow-Origin")).isEmpty();
    // Opting in to same-site writes lets nothing cross-site through.
    assertRefused(
        write(0, "POST", "/counter/same-site", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
  }

  @Test
  void unknownOrRepeatedSecFetchSiteIsRefused() throws Exception {
    assertRefused(write(0, "POST", "/counter", "Sec-Fetch-Site", "same-origin, cross-site"));
    assertRefused(write(0, "POST", "/counter", "Sec-Fetch-Site", "Same-Origin"));
    assertRefused(write(0, "POST", "/counter", "Sec-Fetch-Site", "none", "Sec-Fetch-Site", "none"));
    assertRefused(write(0, "POST", "/counter", "Origin", APP, "Origin", APP));
  }

  @Test
  void methodOverrideCannotTurnAForgedWriteIntoARead() throws Exception {
    // MethodOverrideFilter turns these POSTs into a GET (a read) and a DELETE (a write).
    assertRefused(
        write(
            0,
            "POST",
            "/counter",
            "Origin",
            EVIL,
            "Sec-Fetch-Site",
            "cross-site",
            "X-HTTP-Method-Override",
            "GET"));
    assertRefused(
        write(0, "POST", "/counter?_method=GET", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
    assertRefused(
        write(
            0, "POST", "/counter?_method=DELETE", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
    // The override itself still works for the application's own pages.
    HttpResponse<String> own =
        write(
            1,
            "POST",
            "/counter",
            "Origin",
            ownOrigin(),
            "Sec-Fetch-Site",
            "same-origin",
            "X-HTTP-Method-Override",
            "DELETE");
    assertThat(own.statusCode()).isEqualTo(200);
  }

  @Test
  void methodOverrideCannotTurnAForgedWriteIntoAReadOnAPathWithoutWrites() throws Exception {
    // /report serves only a read, whose resource has no write without policy: the pre-matching
    // router judges the write before the override filter can turn it into that read.
    assertRefused(
        write(
            0, "POST", "/report?_method=GET", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
    assertRefused(
        write(
            0,
            "POST",
            "/report",
            "Origin",
            EVIL,
            "Sec-Fetch-Site",
            "cross-site",
            "X-HTTP-Method-Override",
            "GET"));
    // A page the read's policy allows gets the read it asked for.
    HttpResponse<String> allowed =
        write(1, "POST", "/report?_method=GET", "Origin", APP, "Sec-Fetch-Site", "cross-site");
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  @Test
  void methodOverrideCannotTurnAForgedWriteIntoAReadBesideAnUngovernedWrite() throws Exception {
    // /mixed: a governed read beside a write without policy. The write is left alone...
    HttpResponse<String> ungoverned =
        write(1, "POST", "/mixed", "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
    assertThat(ungoverned.statusCode()).isEqualTo(200);
    // ...and the read's own guard stage still refuses a forged write overridden into it.
    assertRefused(
        write(0, "POST", "/mixed?_method=GET", "Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
  }

  // ---- passed: the write runs

  @Test
  void sameOriginPostSucceeds() throws Exception {
    assertThat(
            write(1, "POST", "/counter", "Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin")
                .statusCode())
        .isEqualTo(200);
    assertThat(write(1, "POST", "/counter", "Origin", ownOrigin()).statusCode()).isEqualTo(200);
    assertThat(write(1, "POST", "/counter", "Sec-Fetch-Site", "none").statusCode()).isEqualTo(200);
  }

  @Test
  void allowedOriginPostSucceedsWithItsGrant() throws Exception {
    HttpResponse<String> response =
        write(1, "POST", "/counter", "Origin", APP, "Sec-Fetch-Site", "cross-site");
    assertThat(response.statusCode()).isEqualTo(200);
    assertGranted(response, APP);
  }

  @Test
  void headerlessPostSucceeds() throws Exception {
    HttpResponse<String> response = write(1, "POST", "/counter");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Integer.toString(CounterResource.count()));
  }

  @Test
  void crossSiteReadsAreNotTheGuardsBusiness() throws Exception {
    HttpResponse<String> read =
        send("GET", "/counter", "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().map().keySet())
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
  }

  @Test
  void guardOffLetsTheForgedWriteRun() throws Exception {
    HttpResponse<String> response =
        write(1, "POST", "/counter/open", "Origin", EVIL, "Sec-Fetch-Site", "cross-site");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void resourcesWithoutPolicyMeetNoGuard() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (String site : List.of("cross-site", "same-site")) {
      statuses.add(send("POST", "/plain", "Origin", EVIL, "Sec-Fetch-Site", site).statusCode());
    }
    assertThat(statuses).containsOnly(200);
  }
}
