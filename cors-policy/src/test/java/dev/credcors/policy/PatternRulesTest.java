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
  @ValueSource(
      strings = {
        "\\w*\\w*",
        "[a-z]+[a-z0-9-]*",
        "[a-z0-9]+-?[a-z0-9]+",
        "\\w+(?:-)?\\w+",
        "[a-z]+(?:[a-z0-9]+)",
        "[a-z]+[a-z0-9]*+",
        "(?:x[a-z]+)[a-z]*"
      })
  void rejectsTwoOverlappingRepetitionsSideBySide(String part) {
    // Quadratic: one 300-character Origin costs hundreds of normal requests (PATTERN-ANALYSIS.md).
    String pattern = "^https://" + part + "\\.example\\.com$";
    assertOnly(validate(patterns(pattern)), AT, 0, Message.CATASTROPHIC_ADJACENT, pattern, part);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\w*\\w*\\w*", "[a-z]+[a-z0-9]*[a-z-]+"})
  void quotesTheFirstTwoOfLongerRuns(String part) {
    String pattern = "^https://" + part + "x\\.example\\.com$";
    var violations = validate(patterns(pattern));
    assertThat(violations).extracting(Violation::rule).containsExactly(Rule.CATASTROPHIC_PATTERN);
    assertThat(violations.get(0).text()).contains("does in \"" + part.substring(0, 6));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // one repetition after a single character: linear
        "^https://[a-z][a-z0-9-]*\\.example\\.com$",
        // separated by a character none of them matches
        "^https://[a-z0-9-]+\\.[a-z0-9-]+\\.[a-z0-9-]+\\.example\\.com$",
        "^https://[a-z]+-[a-z0-9]+\\.example\\.com$",
        // disjoint neighbours
        "^https://[a-z]+[0-9]+[a-z]+\\.example\\.com$",
        // a possessive repetition never gives characters back to be split
        "^https://[a-z]++[a-z0-9]*+[a-z-]++\\.example\\.com$",
        "^https://(?>[a-z]+)[a-z0-9-]*\\.example\\.com$",
        // bounded: at most 63 steps per character
        "^https://[a-z]{1,20}[a-z0-9-]{1,40}\\.example\\.com$",
        // an optional group that starts with a separator
        "^https://[a-z0-9]+(?:-[a-z0-9]+)?\\.example\\.com$"
      })
  void acceptsRepetitionsThatCannotSplitTheSameText(String pattern) {
    assertThat(validate(patterns(pattern))).isEmpty();
  }

  @Test
  void adjacentRepetitionMessageSaysHowToFixIt() {
    assertThat(validate(patterns("^https://[a-z]+[a-z0-9-]*\\.example\\.com$")).get(0).text())
        .isEqualTo(
            "[catastrophic-pattern] @CredentialedCors.originPatterns must not put repetitions of"
                + " the same characters side by side, but"
                + " \"^https://[a-z]+[a-z0-9-]*\\.example\\.com$\" does in \"[a-z]+[a-z0-9-]*\":"
                + " on a hostile Origin header the matcher tries every way to split it between"
                + " them, hundreds of times a normal request's cost for two; merge them into one"
                + " repetition such as [a-z][a-z0-9-]*, or make the first possessive with ++");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(?m)^https://app\\.example\\.com$|(?m)|INLINE_FLAG_MULTILINE",
        "(?s)^https://app\\.example\\.com$|(?s)|INLINE_FLAG_DOTALL",
        "(?x)^https://app\\.example\\.com$|(?x)|INLINE_FLAG_COMMENTS",
        "(?ix)^https://app\\.example\\.com$|(?ix)|INLINE_FLAG_COMMENTS",
        "^https://app\\.example\\.com(?m)$|(?m)|INLINE_FLAG_MULTILINE",
        "^https://(?s:app)\\.example\\.com$|(?s:|INLINE_FLAG_DOTALL",
        "(?d)^https://app\\.example\\.com$|(?d)|INLINE_FLAG_UNIX_LINES",
        "^https://(?i)app\\.example\\.com$|(?i)|INLINE_FLAGS_MID_PATTERN",
        "^https://(?i:app)\\.example\\.com$|(?i:|INLINE_FLAGS_MID_PATTERN",
        "^https://app\\.example\\.com(?-i)$|(?-i)|INLINE_FLAGS_MID_PATTERN"
      })
  void rejectsMeaningChangingInlineFlags(String row) {
    String[] cell = row.split("\\|");
    assertOnly(validate(patterns(cell[0])), AT, 0, Message.valueOf(cell[2]), cell[0], cell[1]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // browsers send scheme and host in lower case, so a leading (?i) admits nothing new
        "(?i)^https://[a-z0-9-]+\\.example\\.com$",
        "(?u)(?i)^https://app\\.example\\.com$",
        // not flags: an escaped parenthesis, a class, quoted text
        "^https://app\\.example\\.com(?::8443)?$",
        "^https://[(?m)a-z]+\\.example\\.com$"
      })
  void acceptsPatternsWithoutMeaningChangingFlags(String pattern) {
    assertThat(validate(patterns(pattern)))
        .extracting(Violation::rule)
        .doesNotContain(Rule.INLINE_FLAGS);
  }

  @Test
  void inlineFlagMessageSaysWhatToWriteInstead() {
    assertThat(validate(patterns("(?x) ^https://app\\.example\\.com$")).get(0).text())
        .isEqualTo(
            "[inline-flags] @CredentialedCors.originPatterns must not use (?x), but"
                + " \"(?x) ^https://app\\.example\\.com$\" does in \"(?x)\": it makes"
                + " whitespace and # mean nothing, so the pattern is not the origin it reads as;"
                + " remove (?x) and the spaces, e.g. \"^https://app\\.example\\.com$\"");
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
  void commentsModeIsParsedThenRejectedForItsFlag() {
    // Parsed as java.util.regex reads it (no other finding), yet refused for what a reader sees.
    assertThat(validate(patterns("(?x) ^ https:// app \\. example \\. com $  # the app")))
        .extracting(Violation::message)
        .containsExactly(Message.INLINE_FLAG_COMMENTS);
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
