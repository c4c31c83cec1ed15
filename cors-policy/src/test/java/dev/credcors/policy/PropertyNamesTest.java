package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Property names: what javac accepts, and the environment forms the runtime also looks up. */
class PropertyNamesTest {

  private static List<Violation> check(String name) {
    List<Violation> found = new ArrayList<>();
    PropertyNames.check(Attribute.ORIGINS_PROPERTY, name, found::add);
    return found;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "app.cors.origins", "APP_CORS_ORIGINS", "app.cors.extra-origins", "a", "x.1"})
  void acceptsPlainNames(String name) {
    assertThat(check(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "app cors",
        "app..cors",
        ".app",
        "app.",
        "1app",
        "app/cors",
        "app.cors.origins ",
        "äpp",
        "${app"
      })
  void rejectsOtherNames(String name) {
    assertThat(check(name))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo(Message.INVALID_PROPERTY_NAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"${app.cors.origins}", "${app.cors.origins:https://a.example.com}"})
  void rejectsPlaceholdersSuggestingTheBareName(String name) {
    assertThat(check(name))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.text())
                    .isEqualTo(
                        Message.PROPERTY_PLACEHOLDER.format(
                            "originsProperty", name, "app.cors.origins")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"app.cors.origins", "app-cors/origins"})
  void environmentFormsFollowMicroProfileConfig(String name) {
    assertThat(PropertyNames.environmentForm(name, false)).isEqualTo("app_cors_origins");
    assertThat(PropertyNames.environmentForm(name, true)).isEqualTo("APP_CORS_ORIGINS");
  }
}
