package dev.credcors.policy;

import static dev.credcors.policy.Policies.assertOnly;
import static dev.credcors.policy.Policies.patterns;
import static dev.credcors.policy.Policies.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A port its author wrote out must not vary: another program or tenant on the same host can listen
 * on any other port and be trusted as the front end.
 */
class PortVariantsTest {

  private static final Attribute AT = Attribute.ORIGIN_PATTERNS;

  @ParameterizedTest(name = "{0} admits {1}")
  @CsvSource(
      delimiter = ' ',
      value = {
        // a digit appended by a quantified class
        "^https://app\\.example\\.com:5173[0-9]*$ https://app.example.com:51730 5173",
        "^https://app\\.example\\.com:443[0-9]?$ https://app.example.com:4430 443",
        "^https://app\\.example\\.com:3000\\d{0,2}$ https://app.example.com:30000 3000",
        // written digits, then a class that must match: the written digits are what was meant
        "^https://app\\.example\\.com:84[0-9]+$ https://app.example.com:840 84",
        "^https://app\\.example\\.com:84[0-9]{2}$ https://app.example.com:8401 84",
        // a written digit made optional, or repeated
        "^https://app\\.example\\.com:8443?$ https://app.example.com:844 8443",
        "^https://app\\.example\\.com:84+3$ https://app.example.com:8443 843",
        // a digit in the middle changed by a class
        "^https://app\\.example\\.com:84[0-9]3$ https://app.example.com:8403 84",
        // each alternative is a written port; a variation of one of them is not
        "^https://app\\.example\\.com:(5173|5174)[0-9]*$ https://app.example.com:51730 5173",
        "^https://app\\.example\\.com:(9443|5173)[0-9]?$ https://app.example.com:51730 5173",
        // on a host matched by a class, the port is still written out
        "^https://[a-z0-9-]+\\.example\\.com:4443[0-9]*$ https://a.example.com:44430 4443",
        // IP addresses have ports too
        "^https://192\\.0\\.2\\.10:4443[0-9]*$ https://192.0.2.10:44430 4443",
        "^https://\\[2001:db8::1\\]:4443[0-9]*$ https://[2001:db8::1]:44430 4443",
        // an unescaped dot in the port stands for any digit
        "^https://app\\.example\\.com:51.3$ https://app.example.com:5103 51",
        // case-insensitive and quoted patterns read the same ((?x) is refused as inline-flags)
        "(?i)^https://APP\\.example\\.com:5173[0-9]*$ https://app.example.com:51730 5173",
        "^\\Qhttps://app.example.com:5173\\E[0-9]*$ https://app.example.com:51730 5173",
        // an https loopback origin is no warning, but its port is still a boundary
        "^https://localhost:5173[0-9]*$ https://localhost:51730 5173",
      })
  void rejectsVariedWrittenPort(String pattern, String admitted, String written) {
    assertOnly(
        validate(patterns(pattern)), AT, 0, Message.PERMISSIVE_PORT, admitted, pattern, written);
  }

  @Test
  void messageQuotesTheOriginThatGetsInAndTheWrittenPort() {
    assertThat(validate(patterns("^https://app\\.example\\.com:443[0-9]?$")).get(0).text())
        .isEqualTo(
            "[permissive-pattern] @CredentialedCors.originPatterns must not accept"
                + " \"https://app.example.com:4430\", but"
                + " \"^https://app\\.example\\.com:443[0-9]?$\" does: the port is written as"
                + " \"443\" but a quantifier or class lets it vary, and any other program or tenant"
                + " on that host can listen on another port; write the port exactly, or list each"
                + " port as an alternative, e.g. \":(5173|5174)$\"");
  }

  @Test
  void cleartextLoopbackWithVariedPortIsAnErrorBesidesTheWarning() {
    String pattern = "^http://localhost:5173[0-9]*$";
    List<Violation> violations = validate(patterns(pattern));
    assertThat(violations)
        .extracting(Violation::text)
        .containsExactly(
            Message.LOOPBACK_PATTERN.format("http://localhost:5173", pattern),
            Message.PERMISSIVE_PORT.format("http://localhost:51730", pattern, "5173"));
    assertThat(violations.get(1).severity()).isEqualTo(Severity.ERROR);
    assertThat(violations.get(1).attribute()).contains(AT);
    assertThat(violations.get(1).index()).isEqualTo(0);
  }

  @Test
  void loopbackAddressWithOptionalPortDigitIsAnError() {
    String pattern = "^http://127\\.0\\.0\\.1:8080?$";
    assertThat(validate(patterns(pattern)))
        .extracting(Violation::text)
        .containsExactly(
            Message.LOOPBACK_PATTERN.format("http://127.0.0.1:808", pattern),
            Message.PERMISSIVE_PORT.format("http://127.0.0.1:808", pattern, "8080"));
  }

  @Test
  void pointsAtTheEntryAtFault() {
    assertOnly(
        validate(
            patterns(
                "^https://app\\.example\\.com:8443$", "^https://app\\.example\\.com:3000\\d*$")),
        AT,
        1,
        Message.PERMISSIVE_PORT,
        "https://app.example.com:30000",
        "^https://app\\.example\\.com:3000\\d*$",
        "3000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // written ports, exactly or as explicit alternatives
        "^https://app\\.example\\.com:8443$",
        "^https://app\\.example\\.com:(8443|9443)$",
        "^https://app\\.example\\.com:(?:8443|84430)$",
        "^https://app\\.example\\.com(:8443)?$",
        "^https://(api|app)\\.example\\.com(:8443)?$",
        "^https://app\\.example\\.com(:8443|:9443)?$",
        "^https://app\\.example\\.com:8{2}43$",
        "^https://[a-z0-9-]+\\.example\\.com:8443$",
        // every longer port is above 65535, which no browser sends
        "^https://app\\.example\\.com:8443[0-9]*$",
        "^https://app\\.example\\.com:65535\\d?$",
        // a port that is a free choice, written as a class or an optional group over one
        "^https://app\\.example\\.com(:[0-9]{1,5})?$",
        "^https://app\\.example\\.com(:[0-9]+)?$",
        "^https://app\\.example\\.com:[0-9]{2,5}$",
        "^https://app\\.example\\.com:\\d+$",
        "^https://app\\.example\\.com:[1-9][0-9]{0,4}$",
        "^https://app\\.example\\.com(:8443|:[0-9]{5})$",
        "^https://127\\.0\\.0\\.1:[0-9]+$",
        // no port at all
        "^https://app\\.example\\.com$",
      })
  void acceptsWrittenOrFreePort(String pattern) {
    assertThat(validate(patterns(pattern))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^http://localhost:5173$",
        "^http://localhost:(3000|5173|8080)$",
        "^http://(localhost|127\\.0\\.0\\.1):5173$",
        "^http://localhost:[0-9]{4,5}$",
        "^https?://localhost(:[0-9]+)?$",
        "^http://\\[::1\\]:[0-9]+$",
      })
  void loopbackWithWrittenOrFreePortIsOnlyTheWarning(String pattern) {
    assertThat(validate(patterns(pattern)))
        .extracting(v -> v.message())
        .containsExactly(Message.LOOPBACK_PATTERN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "5173 51730|51731|51732|51733|51734|51735|51736|51737|51738|51739|517|1173|2173|3173"
            + "|4173|6173|7173|8173|9173|5073|5273|5373|5473|5573|5673|5773|5873|5973|5103|5113"
            + "|5123|5133|5143|5153|5163|5183|5193|5170|5171|5172|5174|5175|5176|5177|5178|5179"
            + "|55173|51173|51773",
        // never a leading zero, never above 65535, never empty
        "65535 6553|15535|25535|35535|45535|55535|60535|61535|62535|63535|64535|65035|65135"
            + "|65235|65335|65435|65505|65515|65525|65530|65531|65532|65533|65534",
        "1 10|11|12|13|14|15|16|17|18|19|2|3|4|5|6|7|8|9",
      })
  void editsArePortsABrowserSends(String port, String expected) {
    assertThat(PortVariants.edits(port)).containsExactly(expected.split("\\|"));
  }

  @Test
  void marksWhatAClassProduced() {
    List<String> readings =
        PatternSamples.asWrittenMarked(RegexParser.parse("^https://[a-z]+\\.example\\.com:84\\d$"));
    assertThat(readings).hasSize(1);
    String reading = readings.get(0);
    assertThat(PatternSamples.unmark(reading)).isEqualTo("https://a.example.com:841");
    assertThat(reading.chars().filter(c -> PatternSamples.isMarked((char) c)).count()).isEqualTo(2);
    assertThat(PatternSamples.isMarked(reading.charAt("https://".length()))).isTrue();
    assertThat(PatternSamples.isMarked(reading.charAt(reading.length() - 1))).isTrue();
    assertThat(PatternSamples.isMarked(reading.charAt(reading.length() - 2))).isFalse();
  }
}
