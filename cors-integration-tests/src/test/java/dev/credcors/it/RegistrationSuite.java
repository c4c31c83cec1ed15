package dev.credcors.it;

import static dev.credcors.it.CorsAssertions.assertNoGrant;
import static dev.credcors.it.CorsAssertions.assertVariesOnOriginOnce;
import static dev.credcors.it.CorsAssertions.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.credcors.it.conflict.LeftResource;
import dev.credcors.it.conflict.RightResource;
import dev.credcors.jaxrs.CredentialedCorsFeature;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DESIGN section 6, against the server kind the stack module chose: credcors arrives through the
 * service file, honours {@code jakarta.ws.rs.loadServices=false}, can be registered by hand (once
 * or twice), and fails start-up on conflicting policies. Each test starts its own server.
 */
class RegistrationSuite {

  static final String APP = CorsSuite.APP;

  /** Starts this suite's kind of server. */
  ServerFixture.Kind kind() {
    return ServerFixture.chosen();
  }

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
          Http.send(off.base(), "GET", "/items", Http.withSession("Origin", APP));
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
          Http.send(manual.base(), "GET", "/items", Http.withSession("Origin", APP));
      assertThat(header(actual, "Access-Control-Allow-Origin")).containsExactly(APP);
    }
  }

  @Test
  void registeringTheFeatureTwiceIsHarmless() throws Exception {
    try (ServerFixture twice =
        kind().start(new TestApplication(Map.of(), Set.of(CredentialedCorsFeature.class)))) {
      HttpResponse<String> actual =
          Http.send(twice.base(), "GET", "/items", Http.withSession("Origin", APP));
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
}
