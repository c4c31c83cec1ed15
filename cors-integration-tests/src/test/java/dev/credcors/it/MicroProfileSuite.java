package dev.credcors.it;

import static dev.credcors.it.CorsAssertions.assertNoGrant;
import static dev.credcors.it.CorsAssertions.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.credcors.it.configured.ConfiguredApplication;
import dev.credcors.jaxrs.LogCapture;
import dev.credcors.policy.Message;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Origins from MicroProfile Config (SmallRye Config on the class path), against one server kind:
 * the values in {@code META-INF/microprofile-config.properties}, which only MicroProfile Config
 * reads, are in force; a bad value from it refuses start-up naming it as the source.
 */
class MicroProfileSuite {

  /** Starts the kind of server the stack module chose. */
  private static ServerFixture.Kind kind() {
    return ServerFixture.chosen();
  }

  @AfterEach
  void clearProperties() {
    System.clearProperty(ConfiguredOriginsSuite.ORIGINS);
  }

  @Test
  void originsFromMicroProfileConfigAreAllowedAndNothingElse() throws Exception {
    List<String> lines;
    try (LogCapture log = LogCapture.of("dev.credcors.jaxrs", Level.ALL);
        ServerFixture server = kind().start(new ConfiguredApplication())) {
      for (String origin : List.of("https://mp.example.com", "https://mp-staging.example.com")) {
        HttpResponse<String> actual =
            Http.send(server.base(), "GET", "/configured", "Origin", origin);
        assertThat(header(actual, "Access-Control-Allow-Origin")).containsExactly(origin);
      }
      assertNoGrant(
          Http.send(server.base(), "GET", "/configured", "Origin", "https://staging.example.com"));
      HttpResponse<String> admin =
          ConfiguredOriginsSuite.preflight(
              server.base(), "/configured/1", "https://admin-7.mp.example.com", "DELETE");
      assertThat(admin.statusCode()).isEqualTo(204);
      lines = log.messages();
    }
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("https://mp.example.com (it.cors.origins from MicroProfile Config)")
                    .contains(
                        "https://mp-staging.example.com (it.cors.origins from MicroProfile"
                            + " Config)"));
  }

  @Test
  void aBadValueFromMicroProfileConfigRefusesStartUp() {
    // System properties are one of MicroProfile Config's own sources, above the properties file.
    System.setProperty(ConfiguredOriginsSuite.ORIGINS, "https://mp.example.com:443");
    Throwable failure = catchThrowable(() -> kind().start(new ConfiguredApplication()).close());
    assertThat(failure).as("start-up must fail").isNotNull();
    assertThat(StartUpLines.messages(failure))
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains(
                        StartUpLines.exact(
                            ConfiguredOriginsSuite.ORIGINS
                                + " (MicroProfile Config) entry 1 \"https://mp.example.com:443\"",
                            Message.MALFORMED_ORIGIN_DEFAULT_PORT,
                            "https://mp.example.com:443",
                            "use \"https://mp.example.com\"")));
  }
}
