package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void logFormEscapesNonAsciiAndControlCharacters() {
    // A Cyrillic "а" look-alike, an ANSI escape and a CRLF that would forge a second log line.
    assertThat(Printable.escapeNonAscii("https://\u0430pp.example.com\u001b[31m\r\nINFO forged"))
        .isEqualTo("https://\\u0430pp.example.com\\u001B[31m\\u000D\\u000AINFO forged");
  }

  @Test
  void diagnosticFormKeepsReadableNonAscii() {
    assertThat(Printable.escape("b\u00fccher\u202e")).isEqualTo("b\u00fccher\\u202E");
  }

  @Test
  void plainAsciiIsReturnedAsIs() {
    String origin = "https://app.example.com";
    assertThat(Printable.escapeNonAscii(origin)).isSameAs(origin);
  }
}
