package dev.credcors.policy;

import static dev.credcors.policy.Policies.assertOnly;
import static dev.credcors.policy.Policies.origins;
import static dev.credcors.policy.Policies.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginRulesTest {

  private static final String GENERIC =
      "write it as scheme://host[:port], e.g. \"https://app.example.com\"";

  @Test
  void rejectsWildcardOrigin() {
    assertOnly(
        validate(origins("https://app.example.com", "*")),
        Attribute.ORIGINS,
        1,
        Message.WILDCARD_ORIGIN_STAR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "NULL", "Null"})
  void rejectsNullOriginInAnyCase(String value) {
    assertOnly(validate(origins(value)), Attribute.ORIGINS, 0, Message.NULL_ORIGIN, value);
  }

  @Test
  void rejectsCleartextOriginAndShowsHttpsFix() {
    assertOnly(
        validate(origins("http://api.example.com:8080")),
        Attribute.ORIGINS,
        0,
        Message.CLEARTEXT_ORIGIN,
        "http://api.example.com:8080",
        "https://api.example.com:8080");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:5173", "http://127.0.0.1:8080", "http://[::1]:3000"})
  void warnsOnLoopbackCleartextOrigin(String value) {
    assertOnly(validate(origins(value)), Attribute.ORIGINS, 0, Message.LOOPBACK_ORIGIN, value);
    assertThat(validate(origins(value)).get(0).severity()).isEqualTo(Severity.WARNING);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            " https://app.example.com",
            Message.MALFORMED_ORIGIN_WHITESPACE,
            "https://app.example.com"),
        Arguments.of(
            "https://app.example.com\n",
            Message.MALFORMED_ORIGIN_WHITESPACE,
            "https://app.example.com"),
        Arguments.of("https://app.exa\u0000mple.com", Message.MALFORMED_ORIGIN_CONTROL, null),
        Arguments.of(
            "https://bücher.example",
            Message.MALFORMED_ORIGIN_NON_ASCII,
            "https://xn--bcher-kva.example"),
        Arguments.of("app.example.com", Message.MALFORMED_ORIGIN_SYNTAX, "https://app.example.com"),
        Arguments.of("ftp://app.example.com", Message.MALFORMED_ORIGIN_SCHEME, null),
        Arguments.of(
            "HTTPS://App.Example.com",
            Message.MALFORMED_ORIGIN_UPPER_CASE,
            "https://app.example.com"),
        Arguments.of(
            "https://app.example.com/", Message.MALFORMED_ORIGIN_PATH, "https://app.example.com"),
        Arguments.of(
            "https://app.example.com/login",
            Message.MALFORMED_ORIGIN_PATH,
            "https://app.example.com"),
        Arguments.of(
            "https://app.example.com?a=1",
            Message.MALFORMED_ORIGIN_QUERY,
            "https://app.example.com"),
        Arguments.of(
            "https://app.example.com#top",
            Message.MALFORMED_ORIGIN_FRAGMENT,
            "https://app.example.com"),
        Arguments.of(
            "https://me:pw@app.example.com",
            Message.MALFORMED_ORIGIN_USERINFO,
            "https://app.example.com"),
        Arguments.of(
            "https://app.example.com:443",
            Message.MALFORMED_ORIGIN_DEFAULT_PORT,
            "https://app.example.com"),
        Arguments.of(
            "http://app.example.com:80",
            Message.MALFORMED_ORIGIN_DEFAULT_PORT,
            "http://app.example.com"),
        Arguments.of(
            "https://app.example.com:08443",
            Message.MALFORMED_ORIGIN_PORT,
            "https://app.example.com:8443"),
        Arguments.of(
            "https://app.example.com:", Message.MALFORMED_ORIGIN_PORT, "https://app.example.com"),
        Arguments.of("https://app.example.com:70000", Message.MALFORMED_ORIGIN_PORT, null),
        Arguments.of("https://", Message.MALFORMED_ORIGIN_EMPTY_HOST, null),
        Arguments.of("https://app!.example.com", Message.MALFORMED_ORIGIN_HOST_CHARACTER, null),
        Arguments.of("https://a..example.com", Message.MALFORMED_ORIGIN_LABEL, null),
        Arguments.of(
            "https://app.example.com.",
            Message.MALFORMED_ORIGIN_TRAILING_DOT,
            "https://app.example.com"),
        Arguments.of("https://xn--a-.example", Message.MALFORMED_ORIGIN_PUNYCODE, null),
        Arguments.of("https://127.1", Message.MALFORMED_ORIGIN_IPV4, "https://127.0.0.1"),
        Arguments.of("https://0x7f.0.0.1", Message.MALFORMED_ORIGIN_IPV4, "https://127.0.0.1"),
        Arguments.of("https://010.0.0.1", Message.MALFORMED_ORIGIN_IPV4, "https://8.0.0.1"),
        Arguments.of("https://1.2.3.256", Message.MALFORMED_ORIGIN_IPV4, null),
        Arguments.of("https://[0:0:0:0:0:0:0:1]", Message.MALFORMED_ORIGIN_IPV6, "https://[::1]"),
        Arguments.of(
            "https://[2001:db8:0:0:1:0:0:1]",
            Message.MALFORMED_ORIGIN_IPV6,
            "https://[2001:db8::1:0:0:1]"),
        Arguments.of(
            "https://[::ffff:192.0.2.1]",
            Message.MALFORMED_ORIGIN_IPV6,
            "https://[::ffff:c000:201]"),
        Arguments.of("https://[::1", Message.MALFORMED_ORIGIN_IPV6, null));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void rejectsMalformedOriginWithTheBrowserFormAsFix(String value, Message message, String fixed) {
    var violations = validate(origins(value));
    assertThat(violations).hasSize(1);
    Violation violation = violations.get(0);
    assertThat(violation.message()).isEqualTo(message);
    assertThat(violation.rule()).isEqualTo(Rule.MALFORMED_ORIGIN);
    assertThat(violation.index()).isZero();
    assertThat(violation.text()).startsWith("[malformed-origin] @CredentialedCors.origins m");
    assertThat(violation.text()).contains("\"" + value + "\"");
    if (fixed != null) {
      assertThat(violation.text()).endsWith("; use \"" + fixed + "\"");
    } else {
      assertThat(violation.text()).doesNotContain("; use \"");
    }
  }

  @Test
  void malformedMessageIsTheCatalogueText() {
    assertOnly(
        validate(origins("https://app.example.com/")),
        Attribute.ORIGINS,
        0,
        Message.MALFORMED_ORIGIN_PATH,
        "https://app.example.com/",
        "use \"https://app.example.com\"");
    assertOnly(
        validate(origins("https://a..example.com")),
        Attribute.ORIGINS,
        0,
        Message.MALFORMED_ORIGIN_LABEL,
        "https://a..example.com",
        GENERIC);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example.com",
        "https://admin.example.com:8443",
        "https://xn--bcher-kva.example",
        "https://a_b.example.com",
        "https://192.0.2.1",
        "https://[2001:db8::1]",
        "https://[::1]:8443",
        "https://localhost:3000",
        "https://example.co.uk",
        "https://x.y.z.example.com:65535"
      })
  void acceptsBrowserSerializedOrigins(String value) {
    assertThat(validate(origins(value))).isEmpty();
  }

  @Test
  void warnsOnDuplicateOrigin() {
    assertOnly(
        validate(
            origins("https://a.example.com", "https://b.example.com", "https://a.example.com")),
        Attribute.ORIGINS,
        2,
        Message.DUPLICATE_ENTRY,
        "origins",
        "https://a.example.com",
        2,
        0);
  }

  @Test
  void rejectsWildcardSubdomainAndSuggestsThePattern() {
    assertOnly(
        validate(origins("https://*.example.com")),
        Attribute.ORIGINS,
        0,
        Message.MALFORMED_ORIGIN_WILDCARD,
        "https://*.example.com",
        "^https://[a-z0-9-]+\\.example\\.com$");
  }
}
