package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Expected.ANY;
import static dev.credcors.processor.rules.Expected.message;
import static dev.credcors.processor.rules.Sources.bad;
import static dev.credcors.processor.rules.Sources.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Message;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The {@code originPatterns} rules. The permissive-pattern tests also check the engine's claim: the
 * origin the message quotes really matches the pattern and really is not the author's host.
 */
class PatternRulesTest {

  @Test
  void rejectsUnanchoredPattern() {
    JavaFileObject source = bad("UnanchoredPattern");
    assertThat(compile(source))
        .hadErrorContainingMatch(
            message(Message.UNANCHORED_PATTERN, "https://[a-z0-9-]+\\.example\\.com", ANY)
                .pattern())
        .inFile(source)
        .onLineContaining("\"https://[a-z0-9-]+");
  }

  @Test
  void rejectsTopLevelAlternation() {
    JavaFileObject source = bad("TopLevelAlternation");
    assertThat(compile(source))
        .hadErrorContainingMatch(
            message(
                    Message.UNANCHORED_ALTERNATION,
                    "^https://shop\\.example\\.com|https://admin\\.example\\.com$",
                    ANY)
                .pattern())
        .inFile(source)
        .onLineContaining("|https://admin");
  }

  @Test
  void rejectsUnescapedDot() {
    String pattern = "^https://app.example\\.com$";
    String probe = assertPermissive(Message.PERMISSIVE_UNESCAPED_DOT, pattern, "app.example");
    // The probe replaces the dot the author meant literally, e.g. https://appXexample.com.
    assertThat(probe).doesNotContain("app.example.com");
  }

  @Test
  void rejectsPatternAcceptingLookalikeSuffix() {
    String pattern = "^https://[a-z.-]*example\\.com$";
    String probe = assertPermissive(Message.PERMISSIVE_LOOKALIKE, pattern, "[a-z.-]*example");
    // e.g. https://evilexample.com: a different registrable domain that merely ends the same way.
    assertThat(probe).doesNotEndWith(".example.com").isNotEqualTo("https://example.com");
  }

  @Test
  void rejectsPatternAcceptingAttackerPrefix() {
    String pattern = "^https://app\\.example\\.com[a-z.]*$";
    String probe = assertPermissive(Message.PERMISSIVE_PREFIX, pattern, "com[a-z.]*$");
    // e.g. https://app.example.com.evil.test: the attacker owns everything after the prefix.
    assertThat(probe).startsWith("https://app.example.com").isNotEqualTo("https://app.example.com");
  }

  @Test
  void rejectsPatternLeavingRegistrableDomainOpen() {
    String pattern = "^https://example\\.[a-z]+$";
    String probe = assertPermissive(Message.PERMISSIVE_OTHER_SITE, pattern, "example\\\\.[a-z]+");
    // e.g. https://example.evil: anyone can register example under another top-level domain.
    assertThat(probe).startsWith("https://example.").isNotIn("https://example.com");
  }

  @Test
  void rejectsPatternAcceptingMalformedOrigins() {
    String pattern = "^https://.*\\.example\\.org$";
    String probe = assertPermissive(Message.PERMISSIVE_MALFORMED, pattern, "https://.*");
    // e.g. https://@a.example.org: not a host a browser would send, so the pattern is too loose.
    assertThat(probe).doesNotMatch("https://[a-z0-9.-]+\\.example\\.org");
  }

  @Test
  void rejectsPatternLettingRegistrableDomainVary() {
    String pattern = "^https://shop\\.example\\.com?$";
    String probe =
        assertPermissive(
            Message.PERMISSIVE_VARIABLE_SITE, pattern, "shop\\\\.example", "example.com");
    // e.g. https://shop.example.co: "m?" makes the m optional, and example.co is anyone's.
    assertThat(probe).isEqualTo("https://shop.example.co");
  }

  @Test
  void rejectsPatternLettingWrittenPortVary() {
    String pattern = "^https://api\\.example\\.com:443[0-9]?$";
    String probe = assertPermissive(Message.PERMISSIVE_PORT, pattern, ":443[0-9]?", "443");
    // e.g. https://api.example.com:4430: another program or tenant can listen there.
    assertThat(probe)
        .startsWith("https://api.example.com:443")
        .isNotEqualTo("https://api.example.com:443");
  }

  @Test
  void rejectsPublicSuffixPattern() {
    JavaFileObject source = bad("PublicSuffixPattern");
    Compilation compilation = compile(source);
    assertPublicSuffix(compilation, source, "github.io", "^https://[a-z0-9-]+\\.github\\.io$");
    assertPublicSuffix(
        compilation, source, "herokuapp.com", "^https://[a-z0-9-]+\\.herokuapp\\.com$");
    assertPublicSuffix(compilation, source, "co.uk", "^https://[a-z0-9-]+\\.co\\.uk$");
  }

  @Test
  void rejectsNestedQuantifier() {
    assertCatastrophic(
        Message.CATASTROPHIC_NESTED, "^https://([a-z0-9]+)+\\.example\\.com$", "([a-z0-9]+)+");
  }

  @Test
  void rejectsBoundedRepetitionOfQuantifiedGroup() {
    assertCatastrophic(
        Message.CATASTROPHIC_NESTED,
        "^https://([a-z0-9]+-?){1,10}\\.example\\.org$",
        "([a-z0-9]+-?){1,10}");
  }

  @Test
  void rejectsRepeatedOverlappingAlternatives() {
    assertCatastrophic(
        Message.CATASTROPHIC_OVERLAP, "^https://(a|ab|b)*\\.example\\.net$", "(a|ab|b)*");
  }

  @Test
  void rejectsUnboundedRepetitionOfGroup() {
    assertCatastrophic(
        Message.CATASTROPHIC_RECURSIVE_GROUP,
        "^https://([a-z]|[0-9]|-)*\\.example\\.dev$",
        "([a-z]|[0-9]|-)*");
  }

  @Test
  void rejectsAdjacentOverlappingRepetitions() {
    // Three repetitions that can each take the same letters split a failing Origin n^3 ways.
    assertCatastrophic(
        Message.CATASTROPHIC_ADJACENT,
        "^https://[a-z]+\\w*[a-z0-9]*x\\.example\\.io$",
        "[a-z]+\\\\w*[a-z0-9]*x");
  }

  @Test
  void rejectsTwoAdjacentOverlappingRepetitions() {
    // Two are quadratic: one 300-character Origin costs hundreds of normal requests.
    assertCatastrophic(
        Message.CATASTROPHIC_ADJACENT,
        "^https://[a-z]+[a-z0-9-]*\\.example\\.app$",
        "[a-z]+[a-z0-9-]*\\\\.example\\\\.app");
  }

  @Test
  void rejectsMeaningChangingInlineFlags() {
    JavaFileObject source = bad("InlineFlags");
    Compilation compilation = compile(source);
    for (Object[] entry :
        new Object[][] {
          {Message.INLINE_FLAG_MULTILINE, "(?m)^https://app\\.example\\.com$", "(?m)", "(?m)"},
          {Message.INLINE_FLAG_DOTALL, "(?s)^https://app\\.example\\.org$", "(?s)", "(?s)"},
          {
            Message.INLINE_FLAG_COMMENTS, "(?x) ^https:// app \\. example \\. net $", "(?x)", "(?x)"
          },
          {
            Message.INLINE_FLAGS_MID_PATTERN,
            "^https://app\\.(?i)example\\.dev$",
            "(?i)",
            "app\\\\.(?i)"
          }
        }) {
      assertThat(compilation)
          .hadErrorContaining(((Message) entry[0]).format(entry[1], entry[2]))
          .inFile(source)
          .onLineContaining((String) entry[3]);
    }
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void rejectsInvalidPattern() {
    JavaFileObject source = bad("InvalidPattern");
    Compilation compilation = compile(source);
    for (String[] entry :
        new String[][] {
          {"^https://(app\\.example\\.com$", "(app"},
          {"^https://[a-z\\.example\\.org$", "[a-z\\\\.example\\\\.org"},
          {"^https://app\\.example\\.net{2,1}$", "{2,1}"}
        }) {
      assertThat(compilation)
          .hadErrorContainingMatch(message(Message.INVALID_PATTERN, entry[0], ANY, ANY).pattern())
          .inFile(source)
          .onLineContaining(entry[1]);
    }
  }

  /** Asserts the permissive-pattern error and returns the origin it quotes. */
  private static String assertPermissive(
      Message expected, String pattern, String line, Object... moreArguments) {
    JavaFileObject source = bad("PermissivePattern");
    Compilation compilation = compile(source);
    Object[] arguments = new Object[2 + moreArguments.length];
    arguments[0] = ANY;
    arguments[1] = pattern;
    System.arraycopy(moreArguments, 0, arguments, 2, moreArguments.length);
    Expected error = message(expected, arguments);
    assertThat(compilation)
        .hadErrorContainingMatch(error.pattern())
        .inFile(source)
        .onLineContaining(line);
    String probe = error.capturedFrom(compilation.errors(), source).get(0);
    assertThat(Pattern.compile(pattern).matcher(probe).matches())
        .as("the quoted origin %s must really match %s", probe, pattern)
        .isTrue();
    return probe;
  }

  private static void assertPublicSuffix(
      Compilation compilation, JavaFileObject source, String suffix, String pattern) {
    Expected error = message(Message.PUBLIC_SUFFIX_PATTERN, suffix, pattern, ANY);
    assertThat(compilation)
        .hadErrorContainingMatch(error.pattern())
        .inFile(source)
        .onLineContaining(suffix.replace(".", "\\\\."));
    List<String> probe = error.capturedFrom(compilation.errors(), source);
    assertThat(Pattern.compile(pattern).matcher(probe.get(0)).matches())
        .as("the quoted origin %s must really match %s", probe.get(0), pattern)
        .isTrue();
  }

  private static void assertCatastrophic(Message expected, String pattern, String line) {
    JavaFileObject source = bad("CatastrophicPattern");
    assertThat(compile(source))
        .hadErrorContainingMatch(message(expected, pattern, ANY).pattern())
        .inFile(source)
        .onLineContaining(line);
  }
}
