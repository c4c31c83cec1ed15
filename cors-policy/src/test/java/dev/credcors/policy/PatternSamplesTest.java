package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pattern read as written decides which registrable domains its author meant. */
class PatternSamplesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ' ',
      value = {
        // a literal character is meant as written, whatever quantifier follows it
        "^https://app\\.example\\.com?$ https://app.example.com",
        "^https://app\\.exam+ple\\.com$ https://app.example.com",
        // a class, or a repetition over one, at its minimum
        "^https://app\\.example\\.com\\w*$ https://app.example.com",
        "^https://app\\.example\\.com(\\.[a-z]{2})?$ https://app.example.com",
        "^https://[a-z0-9-]{2,5}\\.example\\.com$ https://aa.example.com",
        // an optional literal group is an explicit alternative: both readings
        "^https://(www\\.)?example\\.com$ https://www.example.com|https://example.com",
        "^https://app\\.example(-staging)?\\.com$"
            + " https://app.example-staging.com|https://app.example.com",
        // every alternative
        "^https://app\\.example\\.(com|org)$ https://app.example.com|https://app.example.org",
      })
  void readsThePatternAsWritten(String pattern, String expected) {
    assertThat(PatternSamples.asWritten(RegexParser.parse(pattern)))
        .containsExactly(expected.split("\\|"));
  }
}
