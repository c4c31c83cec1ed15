package dev.credcors.policy;

import static dev.credcors.policy.Policies.assertOnly;
import static dev.credcors.policy.Policies.patterns;
import static dev.credcors.policy.Policies.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternRulesTest {

  private static final Attribute AT = Attribute.ORIGIN_PATTERNS;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^https://[a-z0-9-]+\\.example\\.com$",
        "^https://(app|admin)\\.example\\.com$",
        "^https://app\\.example\\.com(:[0-9]{1,5})?$",
        "^https://pr-[0-9]+\\.preview\\.example\\.com$",
        "^https://([a-z0-9-]+\\.)?example\\.com$",
        "(?i)^https://app\\.example\\.com$",
        "^https://app\\.example\\.co\\.uk$",
        "^https://[a-z0-9-]{1,63}\\.eu\\.example\\.com:8443$",
        "^https://(?:www|app|admin)\\.example\\.org$",
        "^https://app\\.xn--bcher-kva\\.example$"
      })
  void acceptsSecurePatterns(String pattern) {
    assertThat(validate(patterns(pattern))).isEmpty();
  }

  @Test
  void loopbackPatternIsOnlyAWarning() {
    String pattern = "^http://localhost:[0-9]{4,5}$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.LOOPBACK_PATTERN,
        "http://localhost:1111",
        pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"^https?://.*$", "^https://.+$", "^https://[a-z.]+(:[0-9]+)?$"})
  void rejectsWildcardPattern(String pattern) {
    var violations = validate(patterns(pattern));
    assertThat(violations).extracting(Violation::rule).containsExactly(Rule.WILDCARD_ORIGIN);
    assertThat(violations.get(0).text()).contains("\"https://evil.test\"");
  }

  @Test
  void rejectsWildcardPatternQuotingTheProbes() {
    assertOnly(
        validate(patterns("^https://.+$")),
        AT,
        0,
        Message.WILDCARD_PATTERN,
        "^https://.+$",
        "https://evil.test",
        "https://attacker.example:8443");
  }

  @Test
  void dotStarIsUnanchoredNullAndWildcard() {
    assertThat(validate(patterns(".*")))
        .extracting(Violation::rule)
        .containsExactly(Rule.UNANCHORED_PATTERN, Rule.NULL_ORIGIN, Rule.WILDCARD_ORIGIN);
  }

  @Test
  void rejectsUnanchoredPatternWithAnchoredFix() {
    assertOnly(
        validate(patterns("https://app\\.example\\.com")),
        AT,
        0,
        Message.UNANCHORED_PATTERN,
        "https://app\\.example\\.com",
        "^https://app\\.example\\.com$");
  }

  @Test
  void escapedDollarIsNotAnAnchor() {
    assertOnly(
        validate(patterns("^https://app\\.example\\.com\\$")),
        AT,
        0,
        Message.UNANCHORED_PATTERN,
        "^https://app\\.example\\.com\\$",
        "^https://app\\.example\\.com\\$$");
  }

  @Test
  void rejectsTopLevelAlternation() {
    String pattern = "^https://a\\.example\\.com$|^https://b\\.example\\.com$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.UNANCHORED_ALTERNATION,
        pattern,
        "^(?:https://a\\.example\\.com|https://b\\.example\\.com)$");
  }

  @Test
  void rejectsSuffixLookAlike() {
    String pattern = "^https://.*example\\.com$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.PERMISSIVE_LOOKALIKE,
        "https://evilexample.com",
        pattern,
        "example\\.com");
  }

  @Test
  void rejectsForeignPrefix() {
    String pattern = "^https://app\\.example\\.com.*$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.PERMISSIVE_PREFIX,
        "https://app.example.com.evil.test",
        pattern);
  }

  @Test
  void rejectsUnescapedDot() {
    String pattern = "^https://app.example\\.com$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.PERMISSIVE_UNESCAPED_DOT,
        "https://appxexample.com",
        pattern);
  }

  @Test
  void rejectsOpenRegistrableDomain() {
    String pattern = "^https://app\\.[a-z]+\\.com$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.PERMISSIVE_OTHER_SITE,
        "https://app.evil.com",
        pattern);
  }

  @Test
  void rejectsPatternAcceptingUrlDelimiters() {
    String pattern = "^https://[^.]+\\.example\\.com$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.PERMISSIVE_MALFORMED,
        "https://@a.example.com",
        pattern);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^https://[a-z0-9-]+\\.github\\.io$",
        "^https://[a-z0-9-]+\\.herokuapp\\.com$",
        "^https://[a-z]+\\.co\\.uk$",
        "^https://[a-z0-9]+\\.com$"
      })
  void rejectsPublicSuffixPattern(String pattern) {
    var violations = validate(patterns(pattern));
    assertThat(violations).extracting(Violation::rule).containsExactly(Rule.PUBLIC_SUFFIX_PATTERN);
  }

  @Test
  void publicSuffixMessageNamesTheSuffixAndTheProbe() {
    String pattern = "^https://[a-z0-9-]+\\.github\\.io$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.PUBLIC_SUFFIX_PATTERN,
        "github.io",
        pattern,
        "https://attacker.github.io");
  }

  @Test
  void rejectsPatternAcceptingCleartext() {
    String pattern = "^https?://app\\.example\\.com$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.CLEARTEXT_PATTERN,
        "http://app.example.com",
        pattern);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[a-z]+://app\\.example\\.com$",
        "^\\w{4,5}://app\\.example\\.com$",
        "^(?:https|[a-z]{4})://app\\.example\\.com$"
      })
  void rejectsVariableSchemeThatAdmitsCleartext(String pattern) {
    // The scheme part is sampled as "a://" or "aaaa://", which no browser sends; what matters is
    // that it also admits "http".
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.CLEARTEXT_PATTERN,
        "http://app.example.com",
        pattern);
  }

  @Test
  void variableSchemeLimitedToHttpsIsClean() {
    assertThat(validate(patterns("^(?:https|wss)://app\\.example\\.com$"))).isEmpty();
  }

  @Test
  void rejectsPatternAcceptingNull() {
    String pattern = "^(https://app\\.example\\.com|null)$";
    assertOnly(validate(patterns(pattern)), AT, 0, Message.NULL_ORIGIN_PATTERN, pattern);
  }

  @Test
  void rejectsNestedQuantifiers() {
    String pattern = "^https://([a-z]+)+\\.example\\.com$";
    assertOnly(
        validate(patterns(pattern)), AT, 0, Message.CATASTROPHIC_NESTED, pattern, "([a-z]+)+");
  }

  @Test
  void rejectsBoundedNestedQuantifiers() {
    String pattern = "^https://([a-z]+\\.){1,10}example\\.com$";
    assertOnly(
        validate(patterns(pattern)),
        AT,
        0,
        Message.CATASTROPHIC_NESTED,
        pattern,
        "([a-z]+\\.){1,10}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(a|ab)*", "(\\w|\\d)+", "(?:[a-z]|-|)*"})
  void rejectsOverlappingAlternatives(String part) {
    String pattern = "^https://" + part + "\\.example\\.com$";
    assertOnly(validate(patterns(pattern)), AT, 0, Message.CATASTROPHIC_OVERLAP, pattern, part);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?:ab)+", "(a)*", "(?:x-){2,}"})
  void rejectsUnboundedGroupRepetition(String part) {
    String pattern = "^https://" + part + "\\.example\\.com$";
    assertOnly(
        validate(patterns(pattern)), AT, 0, Message.CATASTROPHIC_RECURSIVE_GROUP, pattern, part);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\w*\\w*\\w*", "[a-z]+[a-z0-9]*[a-z-]+", "\\w*(\\w*)[0-9]+"})
  void rejectsThreeOverlappingRepetitionsSideBySide(String part) {
    String pattern = "^https://" + part + "x\\.example\\.com$";
    assertOnly(validate(patterns(pattern)), AT, 0, Message.CATASTROPHIC_ADJACENT, pattern, part);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // two cost n^2 steps, harmless on an Origin of a few hundred characters
        "^https://[a-z]+[a-z0-9-]*\\.example\\.com$",
        // separated by a character none of them matches
        "^https://[a-z0-9-]+\\.[a-z0-9-]+\\.[a-z0-9-]+\\.example\\.com$",
        // disjoint neighbours
        "^https://[a-z]+[0-9]+[a-z]+\\.example\\.com$",
        // possessive repetitions never backtrack
        "^https://[a-z]++[a-z0-9]*+[a-z-]++\\.example\\.com$"
      })
  void acceptsRepetitionsThatCannotSplitTheSameText(String pattern) {
    assertThat(validate(patterns(pattern))).isEmpty();
  }

  @Test
  void adjacentRepetitionMessageSaysHowToFixIt() {
    assertThat(validate(patterns("^https://\\w*\\w*\\w*x\\.example\\.com$")).get(0).text())
        .isEqualTo(
            "[catastrophic-pattern] @CredentialedCors.originPatterns must not put repetitions of"
                + " the same characters side by side, but"
                + " \"^https://\\w*\\w*\\w*x\\.example\\.com$\" does in \"\\w*\\w*\\w*\": on a"
                + " hostile Origin header the matcher tries every way to split it between them and"
                + " pins a CPU; merge them into one repetition such as [a-z0-9-]+");
  }

  @Test
  void possessiveInnerQuantifierDoesNotBacktrack() {
    assertThat(validate(patterns("^https://(?:[a-z]++\\.)?example\\.com$"))).isEmpty();
  }

  @Test
  void rejectsInvalidPatternWithDescriptionAndIndex() {
    assertOnly(
        validate(patterns("^https://[a-z")),
        AT,
        0,
        Message.INVALID_PATTERN,
        "^https://[a-z",
        "Unclosed character class",
        12);
  }

  @Test
  void pointsAtTheEntryAtFault() {
    var violations =
        validate(patterns("^https://app\\.example\\.com$", "^https://[a-z0-9-]+\\.github\\.io$"));
    assertThat(violations).extracting(Violation::index).containsExactly(1);
  }

  @Test
  void warnsOnDuplicatePatternOnce() {
    String pattern = "^https://app\\.example\\.com$";
    assertOnly(
        validate(patterns(pattern, pattern)),
        AT,
        1,
        Message.DUPLICATE_ENTRY,
        "originPatterns",
        pattern,
        1,
        0);
  }

  @Test
  void overlongPatternIsNotAnalysed() {
    String pattern = "^https://" + "a".repeat(2000) + "$";
    var violations = validate(patterns(pattern));
    assertThat(violations)
        .extracting(Violation::message)
        .containsExactly(Message.UNANALYZABLE_PATTERN);
  }

  @Test
  void commentsModeIsParsed() {
    assertThat(validate(patterns("(?x) ^ https:// app \\. example \\. com $  # the app")))
        .isEmpty();
  }

  @Test
  void quotedLiteralsAreLiterals() {
    assertThat(validate(patterns("^\\Qhttps://app.example.com\\E$"))).isEmpty();
  }

  @Test
  void severityOfEveryPatternErrorIsError() {
    for (String pattern : List.of("^https?://.*$", "^https://(a+)+$", "[")) {
      assertThat(validate(patterns(pattern)))
          .allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
    }
  }
}
