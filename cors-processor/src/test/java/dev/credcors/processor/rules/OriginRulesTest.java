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

/**
 * The exact-origin rules: wildcard, {@code null}, malformed, cleartext and loopback origins. Each
 * input puts one entry per line, so the line proves the diagnostic points at the entry at fault.
 */
class OriginRulesTest {

  @Test
  void rejectsWildcardOrigin() {
    JavaFileObject source = bad("WildcardOrigin");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    onValue(
        assertThat(compilation)
            .hadErrorContaining(Message.WILDCARD_ORIGIN_STAR.format())
            .inFile(source),
        source,
        "\"*\"");
  }

  @Test
  void rejectsPatternAcceptingEveryOrigin() {
    JavaFileObject source = bad("WildcardPattern");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContainingMatch(message(Message.WILDCARD_PATTERN, ".*", ANY, ANY).pattern())
        .inFile(source)
        .onLineContaining("\".*\"");
  }

  @Test
  void rejectsNullOrigin() {
    JavaFileObject source = bad("NullOrigin");
    assertThat(compile(source))
        .hadErrorContaining(Message.NULL_ORIGIN.format("null"))
        .inFile(source)
        .onLineContaining("\"null\"");
  }

  @Test
  void rejectsOriginWithTrailingSlash() {
    assertMalformed(Message.MALFORMED_ORIGIN_PATH, "https://app.example.com/");
  }

  @Test
  void rejectsOriginWithPath() {
    assertMalformed(Message.MALFORMED_ORIGIN_PATH, "https://docs.example.com/api");
  }

  @Test
  void rejectsUpperCaseOrigin() {
    assertMalformed(Message.MALFORMED_ORIGIN_UPPER_CASE, "HTTPS://Admin.Example.com");
  }

  @Test
  void rejectsOriginWithDefaultPort() {
    assertMalformed(Message.MALFORMED_ORIGIN_DEFAULT_PORT, "https://shop.example.com:443");
  }

  @Test
  void rejectsOriginWithUserInfo() {
    assertMalformed(Message.MALFORMED_ORIGIN_USERINFO, "https://user@billing.example.com");
  }

  @Test
  void rejectsOriginWithOtherScheme() {
    assertMalformed(Message.MALFORMED_ORIGIN_SCHEME, "ftp://files.example.com");
  }

  @Test
  void rejectsNonAsciiHostInsteadOfPunycode() {
    assertMalformed(Message.MALFORMED_ORIGIN_NON_ASCII, "https://bücher.example");
  }

  @Test
  void rejectsOriginWithWhitespace() {
    assertMalformed(Message.MALFORMED_ORIGIN_WHITESPACE, "https:// spaces.example.com");
  }

  @Test
  void rejectsOriginWithEmptyHost() {
    assertMalformed(Message.MALFORMED_ORIGIN_EMPTY_HOST, "https://");
  }

  @Test
  void rejectsOriginWithQuery() {
    assertMalformed(Message.MALFORMED_ORIGIN_QUERY, "https://app.example.com?tab=1");
  }

  @Test
  void rejectsOriginWithFragment() {
    assertMalformed(Message.MALFORMED_ORIGIN_FRAGMENT, "https://app.example.com#top");
  }

  @Test
  void rejectsPortOutOfRange() {
    assertMalformed(Message.MALFORMED_ORIGIN_PORT, "https://app.example.com:99999");
  }

  @Test
  void rejectsIpv4HostWithLeadingZeros() {
    // WHATWG URL parses 001 as an octal part and serializes the host as 192.168.1.1.
    assertMalformed(Message.MALFORMED_ORIGIN_IPV4, "https://192.168.001.1");
  }

  @Test
  void rejectsUncompressedIpv6Host() {
    assertMalformed(Message.MALFORMED_ORIGIN_IPV6, "https://[2001:db8:0:0:0:0:0:1]");
  }

  @Test
  void rejectsHostWithTrailingDot() {
    assertMalformed(Message.MALFORMED_ORIGIN_TRAILING_DOT, "https://app.example.com.");
  }

  @Test
  void rejectsInvalidPunycode() {
    assertMalformed(Message.MALFORMED_ORIGIN_PUNYCODE, "https://xn--zz.example");
  }

  @Test
  void rejectsControlCharacter() {
    // The message quotes the control character escaped, so it cannot act on the terminal.
    assertMalformed(
        Message.MALFORMED_ORIGIN_CONTROL,
        "https://app\\u0007.example.com",
        "\"https://app\\u0007.example.com\"");
  }

  @Test
  void rejectsForbiddenHostCharacter() {
    JavaFileObject source = bad("MalformedOrigin");
    assertThat(compile(source))
        .hadErrorContainingMatch(
            message(Message.MALFORMED_ORIGIN_HOST_CHARACTER, "https://app!.example.com", "!")
                .pattern())
        .inFile(source)
        .onLineContaining("\"https://app!.example.com\"");
  }

  @Test
  void rejectsEmptyHostLabel() {
    assertMalformed(Message.MALFORMED_ORIGIN_LABEL, "https://app..example.com");
  }

  @Test
  void rejectsWildcardSubdomainInOrigins() {
    assertMalformed(Message.MALFORMED_ORIGIN_WILDCARD, "https://*.example.com");
  }

  @Test
  void rejectsOriginWithoutScheme() {
    assertMalformed(Message.MALFORMED_ORIGIN_SYNTAX, "app.example.com");
  }

  @Test
  void rejectsPatternAcceptingNullOrigin() {
    JavaFileObject source = bad("NullOrigin");
    assertThat(compile(source))
        .hadErrorContaining(
            Message.NULL_ORIGIN_PATTERN.format("^(null|https://admin\\.example\\.com)$"))
        .inFile(source)
        .onLineContaining("(null|");
  }

  @Test
  void rejectsCleartextOrigin() {
    JavaFileObject source = bad("CleartextOrigin");
    assertThat(compile(source))
        .hadErrorContainingMatch(
            message(Message.CLEARTEXT_ORIGIN, "http://app.example.com", ANY).pattern())
        .inFile(source)
        .onLineContaining("\"http://app.example.com\"");
  }

  @Test
  void rejectsPatternAcceptingCleartextOrigin() {
    JavaFileObject source = bad("CleartextOrigin");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContainingMatch(
            message(Message.CLEARTEXT_PATTERN, ANY, "^https?://admin\\.example\\.com$").pattern())
        .inFile(source)
        .onLineContaining("https?://admin");
    assertThat(compilation)
        .hadErrorContainingMatch(
            message(Message.CLEARTEXT_PATTERN, ANY, "^http://[a-z0-9-]+\\.example\\.com$")
                .pattern())
        .inFile(source)
        .onLineContaining("http://[a-z0-9-]+");
  }

  @Test
  void warnsOnLoopbackOrigin() {
    JavaFileObject source = bad("LoopbackOrigin");
    Compilation compilation = compile(source);
    // A development origin must not fail the build: it is a warning, and the class is generated.
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("bad.LoopbackOrigin_CorsFilter");
    for (String origin :
        new String[] {"http://localhost:5173", "http://127.0.0.1:8080", "http://[::1]:3000"}) {
      assertThat(compilation)
          .hadWarningContaining(Message.LOOPBACK_ORIGIN.format(origin))
          .inFile(source)
          .onLineContaining("\"" + origin + "\"");
    }
  }

  @Test
  void warnsOnPatternAcceptingLoopbackOrigin() {
    JavaFileObject source = bad("LoopbackOrigin");
    assertThat(compile(source))
        .hadWarningContainingMatch(
            message(Message.LOOPBACK_PATTERN, ANY, "^http://localhost:(5173|4173)$").pattern())
        .inFile(source)
        .onLineContaining("http://localhost:(5173|4173)");
  }

  private static void assertMalformed(Message expected, String origin) {
    assertMalformed(expected, origin, "\"" + origin + "\"");
  }

  /** {@code value} is the entry as written in the source, where it differs from {@code origin}. */
  private static void assertMalformed(Message expected, String origin, String value) {
    JavaFileObject source = bad("MalformedOrigin");
    onValue(
        assertThat(compile(source))
            .hadErrorContainingMatch(message(expected, origin, ANY).pattern())
            .inFile(source),
        source,
        value);
  }
}
