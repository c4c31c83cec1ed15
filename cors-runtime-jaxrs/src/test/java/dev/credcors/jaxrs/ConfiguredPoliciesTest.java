package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Start-up of one resource whose policies name configuration properties. */
class ConfiguredPoliciesTest {

  private static final String NAME = "app.cors.origins";

  private static CorsPolicy namingTheProperty(long maxAge) {
    return CorsPolicy.builder()
        .exactOrigins("https://app.example.com")
        .originsProperty(NAME)
        .allowHeaders("Content-Type")
        .maxAge(maxAge)
        .build();
  }

  private static ConfiguredPolicies withSystemProperties(Map<String, String> properties) {
    return new ConfiguredPolicies(
        new ConfigurationLookup(Optional.empty(), properties::get, name -> null), Optional.empty());
  }

  @Test
  void aProblemTwoPoliciesShareIsListedOnce() {
    // A class policy and a method policy of one resource, both adding the same bad value.
    List<CorsEndpoint> endpoints =
        List.of(
            CorsEndpoint.of("read()", "GET", "/api/x", "GET, POST", namingTheProperty(600)),
            CorsEndpoint.of("write()", "POST", "/api/x", "GET, POST", namingTheProperty(60)));
    Throwable failure =
        catchThrowable(
            () ->
                withSystemProperties(Map.of(NAME, "https://staging.example.com/, *"))
                    .apply(ConfiguredPoliciesTest.class, endpoints));

    assertThat(failure).isInstanceOf(IllegalStateException.class);
    List<String> problems =
        failure.getMessage().lines().filter(line -> line.startsWith("  [")).toList();
    assertThat(problems).hasSize(2).doesNotHaveDuplicates();
    assertThat(problems.get(0)).startsWith("  [malformed-origin] " + NAME + " (system property)");
    assertThat(problems.get(1)).startsWith("  [wildcard-origin] " + NAME + " (system property)");
    assertThat(failure.getMessage()).contains("break 2 rules");
  }
}
