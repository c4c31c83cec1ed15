package dev.credcors.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Why docs/STACKS.md says to leave {@code quarkus.http.cors} off: with it on, Vert.x answers
 * preflights before Quarkus REST runs, so its configuration replaces the compiled policies. Here it
 * grants the app's origin a {@code DELETE} that the method-level policy reserves for the
 * back-office console, which the shared checks prove credcors refuses when Quarkus's filter is off.
 */
@QuarkusTest
@TestProfile(QuarkusHttpCorsTest.HttpCorsOn.class)
class QuarkusHttpCorsTest {

  /** The Quarkus CORS settings a project might already have. */
  public static final class HttpCorsOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.http.cors.enabled", "true",
          "quarkus.http.cors.origins", "https://app.example.com",
          "quarkus.http.cors.access-control-allow-credentials", "true");
    }
  }

  @TestHTTPResource("/")
  URL base;

  @Test
  void quarkusHttpCorsAnswersPreflightsBeforeCredcors() throws Exception {
    HttpResponse<String> preflight =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/items/42"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://app.example.com")
                    .header("Access-Control-Request-Method", "DELETE")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(preflight.statusCode()).isEqualTo(200); // Vert.x's answer; credcors answers 204
    assertThat(preflight.headers().allValues("Access-Control-Allow-Origin"))
        .containsExactly("https://app.example.com");
    assertThat(preflight.headers().allValues("Access-Control-Allow-Credentials"))
        .containsExactly("true");
  }
}
