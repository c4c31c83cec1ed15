package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NearMissTest {

  private static final CorsPolicy POLICY =
      CorsPolicy.builder()
          .exactOrigins("https://app.example.com", "http://localhost:5173")
          .originPatterns(Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$"))
          .build();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://app.example.com/|https://app.example.com|trailing slash",
        "http://app.example.com|https://app.example.com|scheme",
        "https://app.example.com:8443|https://app.example.com|port",
        "https://www.app.example.com|https://app.example.com|www.",
        "https://App.Example.com|https://app.example.com|upper case",
        "http://localhost:3000|http://localhost:5173|port",
        "http://app.example.com:443/|https://app.example.com|trailing slash, scheme, port",
        "http://pr-7.preview.example.com|https://pr-7.preview.example.com|scheme",
        "https://PR-7.preview.example.com/|https://pr-7.preview.example.com|trailing slash,"
            + " upper case",
        "https://www.pr-7.preview.example.com|https://pr-7.preview.example.com|www."
      })
  void namesTheAllowedOriginAndTheDifference(String refused, String allowed, String differences) {
    assertThat(NearMiss.find(POLICY, refused)).isEqualTo(new NearMiss.Found(allowed, differences));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.test",
        "https://app.example.com.evil.test",
        "https://appexample.com",
        "null",
        "garbage",
        "https://app.example.com/path"
      })
  void findsNothingForUnrelatedOrigins(String refused) {
    assertThat(NearMiss.find(POLICY, refused)).isNull();
  }
}
