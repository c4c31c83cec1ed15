package dev.credcors.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Annotation values reach the reviewer verbatim, whatever characters they hold. */
class MarkdownTest {

  @Test
  void showsARegexVerbatimInACodeSpan() {
    assertThat(Markdown.code("^https://[a-z0-9-]+\\.example\\.com$"))
        .isEqualTo("`^https://[a-z0-9-]+\\.example\\.com$`");
  }

  @Test
  void fencesBackticksWithALongerRun() {
    assertThat(Markdown.code("^a`b$")).isEqualTo("``^a`b$``");
    assertThat(Markdown.code("^a``b$")).isEqualTo("```^a``b$```");
    assertThat(Markdown.code("`x")).isEqualTo("`` `x ``");
  }

  @Test
  void showsControlCharactersAsRegexEscapes() {
    assertThat(Markdown.code("^a\nb$")).isEqualTo("`^a\\u000ab$`");
    assertThat(Markdown.text("line\r\nbreak")).isEqualTo("line\\\\u000d\\\\u000abreak");
  }

  @Test
  void escapesMarkupInProse() {
    assertThat(Markdown.text("[tag] \"*\" <b> a_b")).isEqualTo("\\[tag\\] \"\\*\" \\<b\\> a\\_b");
  }

  @Test
  void saysNoneForEmptyValues() {
    assertThat(Markdown.codeOrNone("")).isEqualTo("none");
    assertThat(Markdown.codeList(List.of())).isEqualTo("none");
    assertThat(Markdown.codeList(List.of("GET", "POST"))).isEqualTo("`GET`, `POST`");
  }
}
