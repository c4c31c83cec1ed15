package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.credcors.policy.Attribute;
import dev.credcors.policy.ConfiguredOrigins.Resolution;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The order of sources, first hit wins, and the source recorded with the value. */
class ConfigurationLookupTest {

  private static final String NAME = "app.cors.origins";

  private static Resolution resolve(
      Optional<Function<String, Optional<String>>> microProfile,
      Map<String, String> properties,
      Map<String, String> environment) {
    return new ConfigurationLookup(microProfile, properties::get, environment::get)
        .resolve(Attribute.ORIGINS_PROPERTY, NAME);
  }

  @Test
  void microProfileConfigComesFirstWhenPresent() {
    Resolution r =
        resolve(
            Optional.of(name -> Optional.of("https://mp.example.com")),
            Map.of(NAME, "https://sys.example.com"),
            Map.of());
    assertThat(r.value()).contains("https://mp.example.com");
    assertThat(r.source()).isEqualTo("MicroProfile Config");
  }

  @Test
  void withoutAValueThereTheSystemPropertyThenTheEnvironmentAnswer() {
    Resolution r =
        resolve(
            Optional.of(name -> Optional.empty()),
            Map.of(NAME, "https://sys.example.com"),
            Map.of("APP_CORS_ORIGINS", "https://env.example.com"));
    assertThat(r.value()).contains("https://sys.example.com");
    assertThat(r.source()).isEqualTo("system property");
  }

  @Test
  void theEnvironmentIsAskedByNameThenInMicroProfileForms() {
    assertThat(
            resolve(
                    Optional.empty(),
                    Map.of(),
                    Map.of(
                        NAME, "https://a.example.com", "APP_CORS_ORIGINS", "https://b.example.com"))
                .source())
        .isEqualTo("environment app.cors.origins");
    assertThat(
            resolve(
                    Optional.empty(),
                    Map.of(),
                    Map.of("app_cors_origins", "https://a.example.com", "APP_CORS_ORIGINS", "x"))
                .source())
        .isEqualTo("environment app_cors_origins");
    Resolution upper =
        resolve(Optional.empty(), Map.of(), Map.of("APP_CORS_ORIGINS", "https://b.example.com"));
    assertThat(upper.value()).contains("https://b.example.com");
    assertThat(upper.source()).isEqualTo("environment APP_CORS_ORIGINS");
  }

  @Test
  void notFoundNamesEveryPlaceItLooked() {
    Resolution r = resolve(Optional.of(name -> Optional.empty()), Map.of(), Map.of());
    assertThat(r.value()).isEmpty();
    assertThat(r.source())
        .isEqualTo(
            "MicroProfile Config, system property app.cors.origins, environment app.cors.origins,"
                + " environment app_cors_origins, environment APP_CORS_ORIGINS");
  }
}
