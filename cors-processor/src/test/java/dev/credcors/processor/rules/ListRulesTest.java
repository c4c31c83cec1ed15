package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Expected.ANY;
import static dev.credcors.processor.rules.Expected.message;
import static dev.credcors.processor.rules.Sources.bad;
import static dev.credcors.processor.rules.Sources.compile;
import static dev.credcors.processor.rules.Sources.onValue;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules on methods, headers, {@code vary}, {@code maxAge} and the policy as a whole. */
class ListRulesTest {

  @Test
  void rejectsWildcardMethods() {
    assertWildcardList("methods");
  }

  @Test
  void rejectsWildcardAllowHeaders() {
    assertWildcardList("allowHeaders");
  }

  @Test
  void rejectsWildcardExposeHeaders() {
    assertWildcardList("exposeHeaders");
  }

  @Test
  void rejectsMethodThatIsNotAToken() {
    assertInvalidToken("methods", "GET POST", "U+0020");
  }

  @Test
  void rejectsAllowHeaderThatIsNotAToken() {
    assertInvalidToken("allowHeaders", "X-Csrf Token", "U+0020");
  }

  @Test
  void rejectsExposeHeaderThatIsNotAToken() {
    assertInvalidToken("exposeHeaders", "X-Request-Id:", ":");
  }

  @Test
  void rejectsVaryValueThatIsNotAToken() {
    assertInvalidToken("vary", "Accept Encoding", "U+0020");
  }

  @Test
  void rejectsLowerCaseMethod() {
    JavaFileObject source = bad("InvalidToken");
    assertThat(compile(source))
        .hadErrorContaining(Message.LOWER_CASE_METHOD.format("get", "GET", "GET"))
        .inFile(source)
        .onLineContaining("\"get\"");
  }

  @Test
  void rejectsEmptyHeaderName() {
    JavaFileObject source = bad("InvalidToken");
    assertThat(compile(source))
        .hadErrorContaining(Message.EMPTY_TOKEN.format("allowHeaders"))
        .inFile(source)
        .onLineContaining("\"\"");
  }

  @Test
  void rejectsVaryWithoutOrigin() {
    JavaFileObject source = bad("MissingVary");
    assertThat(compile(source))
        .hadErrorContainingMatch(message(Message.MISSING_VARY, ANY).pattern())
        .inFile(source)
        .onLineContaining("vary =");
  }

  @Test
  void rejectsNegativeMaxAge() {
    JavaFileObject source = bad("NegativeMaxAge");
    onValue(
        assertThat(compile(source))
            .hadErrorContaining(Message.NEGATIVE_MAX_AGE.format(-1L))
            .inFile(source),
        source,
        "-1");
  }

  @Test
  void rejectsPolicyWithoutOrigins() {
    JavaFileObject source = bad("EmptyPolicy");
    assertThat(compile(source))
        .hadErrorContaining(Message.EMPTY_POLICY.format())
        .inFile(source)
        .onLineContaining("@CredentialedCors(");
  }

  @Test
  void warnsOnMaxAgeAboveBrowserCap() {
    JavaFileObject source = bad("MaxAgeCapped");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    onValue(
        assertThat(compilation)
            .hadWarningContaining(Message.MAX_AGE_CAPPED.format(86400L))
            .inFile(source),
        source,
        "86400");
  }

  @Test
  void warnsOnDuplicateEntry() {
    JavaFileObject source = bad("DuplicateEntry");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    // The warning points at the repetition, not at the first occurrence.
    assertThat(compilation)
        .hadWarningContainingMatch(
            message(Message.DUPLICATE_ENTRY, "origins", "https://app.example.com", ANY, ANY)
                .pattern())
        .inFile(source)
        .onLineContaining("// again");
    assertThat(compilation).hadWarningCount(1);
  }

  private static void assertWildcardList(String attribute) {
    JavaFileObject source = bad("WildcardList");
    assertThat(compile(source))
        .hadErrorContainingMatch(message(Message.WILDCARD_LIST, attribute, ANY).pattern())
        .inFile(source)
        .onLineContaining(attribute + " =");
  }

  /** {@code character} as the message shows it: invisible characters by code point. */
  private static void assertInvalidToken(String attribute, String value, String character) {
    JavaFileObject source = bad("InvalidToken");
    onValue(
        assertThat(compile(source))
            .hadErrorContaining(Message.INVALID_TOKEN.format(attribute, value, character))
            .inFile(source),
        source,
        "\"" + value + "\"");
  }
}
