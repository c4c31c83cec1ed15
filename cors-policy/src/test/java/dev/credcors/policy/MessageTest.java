package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTest {

  @Test
  void startsWithTheRulesTag() {
    assertThat(Message.WILDCARD_ORIGIN_STAR.format()).startsWith("[wildcard-origin] ");
  }

  @Test
  void escapesTerminalControlAndBidiCharactersInQuotedValues() {
    String text =
        Message.INVALID_PATTERN.format("^https://a\u001b[31mred\u202e$", "desc", 3);

    assertThat(text)
        .contains("^https://a\\u001B[31mred\\u202E$")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }

  @Test
  void escapesUnpairedSurrogatesButKeepsPairsAndPlainUnicode() {
    assertThat(Message.printable("b\u00fccher \ud83d\ude00 \ud83d"))
        .isEqualTo("b\u00fccher \ud83d\ude00 \\uD83D");
  }

  @Test
  void leavesOrdinaryValuesAlone() {
    String origin = "https://app.example.com";
    assertThat(Message.printable(origin)).isSameAs(origin);
  }
}
