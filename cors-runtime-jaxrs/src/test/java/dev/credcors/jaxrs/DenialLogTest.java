package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a developer reads in a JUL log when a preflight or response is refused. */
class DenialLogTest {

  private static final CorsEndpoint ITEMS =
      CorsEndpoint.of("delete(long)", "DELETE", "/items/{id}", "GET, DELETE", Policies.APP)
          .bound("com.example.Items#delete(long)", CookieDiagnostics.LOG);

  private final DenialLog log =
      new DenialLog(System.getLogger(DenialLog.LOGGER), new DenialRateLimit());
  private LogCapture capture = LogCapture.of(DenialLog.LOGGER, Level.ALL);

  /** Logs a refused origin as the response side does: the level first, then the line. */
  private void refuseOnResponse(List<String> origin) {
    log.response(log.responseLevel(ITEMS, origin), ITEMS, origin);
  }

  @AfterEach
  void detach() {
    capture.close();
  }

  @Test
  void originNotListedNamesEndpointDeclarationAndNearMiss() {
    log.preflight(
        ITEMS,
        Denial.ORIGIN_NOT_LISTED,
        List.of("https://app.example.com/"),
        List.of("DELETE"),
        null);
    assertThat(capture.messages(Level.INFO))
        .containsExactly(
            "CORS preflight denied [origin-not-listed] origin not listed: DELETE /items/{id},"
                + " policy declared on com.example.Items#delete(long); Origin"
                + " \"https://app.example.com/\" is not allowed by the policy; near miss:"
                + " \"https://app.example.com\" is allowed (differs by trailing slash)");
  }

  @Test
  void repeatsWithinAMinuteGoToDebugOnly() {
    for (int i = 0; i < 5; i++) {
      refuseOnResponse(List.of("https://evil.test"));
    }
    assertThat(capture.messages(Level.INFO)).hasSize(1);
    assertThat(capture.messages(Level.FINE)).hasSize(4);
  }

  @Test
  void responseLevelFollowsTheLoggerLevelAndTheRateLimit() {
    List<String> evil = List.of("https://evil.test");
    assertThat(log.responseLevel(ITEMS, evil)).isEqualTo(System.Logger.Level.INFO);
    assertThat(log.responseLevel(ITEMS, evil)).isEqualTo(System.Logger.Level.DEBUG);
    capture.close();
    capture = LogCapture.of(DenialLog.LOGGER, Level.INFO);
    assertThat(log.responseLevel(ITEMS, evil)).isNull(); // a repeat, and DEBUG is off
    capture.close();
    capture = LogCapture.of(DenialLog.LOGGER, Level.WARNING);
    assertThat(log.responseLevel(ITEMS, List.of("https://other.test"))).isNull();
  }

  @Test
  void debugOffAndInfoSpentLogsNothingMore() {
    capture.close();
    capture = LogCapture.of(DenialLog.LOGGER, Level.INFO);
    for (int i = 0; i < 5; i++) {
      refuseOnResponse(List.of("https://evil.test"));
    }
    assertThat(capture.records()).hasSize(1);
  }

  @Test
  void methodNotAllowedQuotesMethodAndWhatIsAllowed() {
    log.preflight(
        ITEMS,
        Denial.METHOD_NOT_ALLOWED,
        List.of("https://app.example.com"),
        List.of("PATCH"),
        null);
    assertThat(capture.messages(Level.INFO))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("[method-not-allowed] method not allowed")
        .contains("Access-Control-Request-Method \"PATCH\" is not one of \"GET, DELETE\"");
  }

  @Test
  void headerNotAllowedNamesTheHeader() {
    log.preflight(
        ITEMS,
        Denial.HEADER_NOT_ALLOWED,
        List.of("https://app.example.com"),
        List.of("DELETE"),
        List.of("content-type,x-api-key"));
    assertThat(capture.messages(Level.INFO))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("[header-not-allowed] request header not allowed")
        .contains(
            "asks for \"x-api-key\", which allowHeaders \"Content-Type, X-CSRF-Token\" does not"
                + " list");
  }

  @Test
  void repeatedOriginIsMalformed() {
    refuseOnResponse(List.of("https://app.example.com", "https://evil.test"));
    assertThat(capture.messages(Level.INFO))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("[malformed-origin] malformed or repeated Origin")
        .contains("2 Origin headers \"https://app.example.com\", \"https://evil.test\"");
  }

  @Test
  void oversizedOriginIsCutAndCounted() {
    String huge = "https://" + "a".repeat(8192);
    refuseOnResponse(List.of(huge));
    String line = capture.messages(Level.INFO).get(0);
    assertThat(line)
        .contains("[origin-too-long] origin too long")
        .contains("Origin of 8200 characters, longer than the 300 a real origin can be")
        .contains("...\" (8200 characters)");
    assertThat(line.length()).isLessThan(600);
  }

  @Test
  void hostileCharactersAreEscapedSoTheyCannotForgeALine() {
    refuseOnResponse(List.of("https://\u0430pp.example.com\r\nINFO fake\u001b[2J"));
    String line = capture.messages(Level.INFO).get(0);
    assertThat(line)
        .contains("https://\\u0430pp.example.com\\u000D\\u000AINFO fake\\u001B[2J")
        .doesNotContain("\r")
        .doesNotContain("\n")
        .doesNotContain("\u001b")
        .doesNotContain("\u0430");
  }

  @Test
  void forgedWriteSaysWhatWasRefused() {
    log.forgedWrite(ITEMS, "DELETE", List.of("https://evil.test"), List.of("cross-site"));
    assertThat(capture.messages(Level.INFO))
        .containsExactly(
            "CORS write denied [forged-write] forged write refused: DELETE /items/{id}, policy"
                + " declared on com.example.Items#delete(long); \"DELETE\" from Origin"
                + " \"https://evil.test\" with Sec-Fetch-Site \"cross-site\" refused with 403"
                + " before resource code: the page is not on an origin the policy allows");
  }

  @Test
  void preflightDecisionCarriesTheReason() {
    Route.Binding binding = Route.Binding.of(ITEMS, "Items#delete", true);
    assertThat(
            Preflight.decide(binding, List.of("https://evil.test"), List.of("DELETE"), null, null)
                .denial())
        .isEqualTo(Denial.ORIGIN_NOT_LISTED);
    assertThat(
            Preflight.decide(binding, List.of("x".repeat(301)), List.of("DELETE"), null, null)
                .denial())
        .isEqualTo(Denial.ORIGIN_TOO_LONG);
    assertThat(
            Preflight.decide(
                    binding, List.of("https://app.example.com"), List.of("PUT"), null, null)
                .denial())
        .isEqualTo(Denial.METHOD_NOT_ALLOWED);
    assertThat(
            Preflight.decide(
                    binding,
                    List.of("https://app.example.com"),
                    List.of("DELETE"),
                    List.of("x-token"),
                    null)
                .denial())
        .isEqualTo(Denial.HEADER_NOT_ALLOWED);
    assertThat(
            Preflight.decide(
                    binding, List.of("https://app.example.com"), List.of("DELETE"), null, null)
                .denial())
        .isNull();
  }
}
