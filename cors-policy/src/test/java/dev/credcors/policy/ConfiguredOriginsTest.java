package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The start-up check of configured origins: values split and trimmed and nothing else, each problem
 * located at property, source, entry and value, the literals (javac's business) not reported again,
 * and no pattern half-checked without the Public Suffix List.
 */
class ConfiguredOriginsTest {

  private static final PolicyValidator VALIDATOR =
      new PolicyValidator(Set.of("com", "io", "github.io", "co.uk")::contains);

  private static Optional<ConfiguredOrigins.Resolution> origins(String value) {
    return Optional.of(
        new ConfiguredOrigins.Resolution(
            Attribute.ORIGINS_PROPERTY,
            "app.cors.origins",
            Optional.ofNullable(value),
            value == null
                ? "system property app.cors.origins, environment APP_CORS_ORIGINS"
                : "environment APP_CORS_ORIGINS"));
  }

  private static Optional<ConfiguredOrigins.Resolution> patterns(String value) {
    return Optional.of(
        new ConfiguredOrigins.Resolution(
            Attribute.ORIGIN_PATTERNS_PROPERTY,
            "app.cors.patterns",
            Optional.of(value),
            "system property"));
  }

  private static ConfiguredOrigins.Result check(
      List<String> literals,
      Optional<ConfiguredOrigins.Resolution> origins,
      Set<String> suppressed) {
    return ConfiguredOrigins.check(
        VALIDATOR, literals, List.of(), origins, Optional.empty(), suppressed, true);
  }

  @Test
  void splitsOnCommasAndTrimsSurroundingWhitespaceOnly() {
    ConfiguredOrigins.Result result =
        check(List.of(), origins(" https://a.example.com ,\thttps://b.example.com"), Set.of());
    assertThat(result.problems()).isEmpty();
    assertThat(result.addedOrigins())
        .containsExactly("https://a.example.com", "https://b.example.com");
  }

  @Test
  void reportsWhatItWouldNeverRepairAtItsEntry() {
    ConfiguredOrigins.Result result =
        check(List.of(), origins("https://a.example.com,https://app.example.com/"), Set.of());
    assertThat(result.errors())
        .extracting(ConfiguredOrigins.Problem::text)
        .containsExactly(
            "[malformed-origin] app.cors.origins (environment APP_CORS_ORIGINS) entry 2"
                + " \"https://app.example.com/\": @CredentialedCors.origins must not contain a path"
                + " or trailing \"/\", but \"https://app.example.com/\" does: an Origin header is"
                + " scheme://host[:port] only, so this entry never matches; use"
                + " \"https://app.example.com\"");
  }

  @Test
  void anEmptyEntryIsAnEntryLikeAnyOther() {
    ConfiguredOrigins.Result result = check(List.of(), origins("https://a.example.com,"), Set.of());
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.MALFORMED_ORIGIN);
              assertThat(p.text()).contains("entry 2 \"\": ");
            });
  }

  @Test
  void missingAndBlankValuesAreErrors() {
    assertThat(check(List.of(), origins(null), Set.of()).errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Rule.MISSING_PROPERTY);
              assertThat(p.text())
                  .startsWith("[missing-property] app.cors.origins (not set): ")
                  .contains(
                      "looked in system property app.cors.origins, environment"
                          + " APP_CORS_ORIGINS");
            });
    assertThat(check(List.of(), origins(" \t"), Set.of()).errors())
        .extracting(ConfiguredOrigins.Problem::rule)
        .containsExactly(Rule.MISSING_PROPERTY);
  }

  @Test
  void literalsAreJavacsBusinessAndAreNotReportedAgain() {
    ConfiguredOrigins.Result result =
        check(List.of("http://localhost:5173"), origins("https://a.example.com"), Set.of());
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aConfiguredDuplicateOfALiteralIsAWarning() {
    ConfiguredOrigins.Result result =
        check(List.of("https://a.example.com"), origins("https://a.example.com"), Set.of());
    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .singleElement()
        .satisfies(p -> assertThat(p.text()).startsWith("[duplicate-entry] app.cors.origins"));
  }

  @Test
  void warningsSuppressedInSourceAreSuppressedHere() {
    assertThat(check(List.of(), origins("http://localhost:5173"), Set.of()).warnings())
        .extracting(ConfiguredOrigins.Problem::rule)
        .containsExactly(Rule.LOOPBACK_ORIGIN);
    assertThat(
            check(List.of(), origins("http://localhost:5173"), Set.of("credcors:loopback-origin"))
                .problems())
        .isEmpty();
  }

  @Test
  void errorsCannotBeSuppressed() {
    assertThat(
            check(List.of(), origins("http://app.example.com"), Set.of("credcors:cleartext-origin"))
                .errors())
        .extracting(ConfiguredOrigins.Problem::rule)
        .containsExactly(Rule.CLEARTEXT_ORIGIN);
  }

  @Test
  void patternsAreHeldToThePatternRules() {
    ConfiguredOrigins.Result result =
        ConfiguredOrigins.check(
            VALIDATOR,
            List.of(),
            List.of(),
            Optional.empty(),
            patterns("^https://[a-z0-9-]+\\.example\\.com$, ^https://[a-z0-9-]+\\.github\\.io$"),
            Set.of(),
            true);
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.text())
                    .startsWith(
                        "[public-suffix-pattern] app.cors.patterns (system property) entry 2"
                            + " \"^https://[a-z0-9-]+\\.github\\.io$\": "));
    assertThat(result.addedPatterns()).hasSize(2);
  }

  @Test
  void withoutThePublicSuffixListConfiguredPatternsAreRefusedNotHalfChecked() {
    ConfiguredOrigins.Result result =
        ConfiguredOrigins.check(
            new PolicyValidator(domain -> false),
            List.of(),
            List.of("^https://a\\.example\\.com$"),
            origins("https://a.example.com"),
            patterns("^https://[a-z0-9-]+\\.example\\.com$"),
            Set.of(),
            false);
    assertThat(result.errors())
        .extracting(ConfiguredOrigins.Problem::text)
        .containsExactly(
            "[public-suffix-pattern] app.cors.patterns (system property) entry 1"
                + " \"^https://[a-z0-9-]+\\.example\\.com$\": "
                + Message.PUBLIC_SUFFIXES_UNKNOWN
                    .format("^https://[a-z0-9-]+\\.example\\.com$")
                    .substring("[public-suffix-pattern] ".length()));
  }
}
