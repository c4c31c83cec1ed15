package dev.credcors.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The layout rules {@link SourceText} shares with JavaPoet, on the cases the goldens reach only
 * with unusually long names: soft wraps, escapes, Javadoc blank lines. The expected texts are what
 * JavaPoet 0.22 printed for the same calls.
 */
class SourceTextTest {

  private static final String NINETY = "x".repeat(90);

  @Test
  void wrappingSpaceIsASpaceWhileTheLineFits() {
    String text = new SourceText().emit("call(\"a\",").wrappingSpace().emit("\"b\");\n").toString();

    assertThat(text).isEqualTo("call(\"a\", \"b\");\n");
  }

  @Test
  void wrappingSpaceBreaksTwoLevelsDeeperWhenTheTextUpToTheNextOneDoesNotFit() {
    String text =
        new SourceText()
            .indent(1)
            .emit(NINETY + "(\"a\",")
            .wrappingSpace()
            .emit("\"bcdef\",")
            .wrappingSpace()
            .emit("\"g\");\n")
            .toString();

    assertThat(text).isEqualTo("  " + NINETY + "(\"a\",\n" + "      \"bcdef\", \"g\");\n");
  }

  @Test
  void zeroWidthSpaceBreaksWithoutASpaceOnlyWhenTheRestOfTheLineDoesNotFit() {
    String shortLine = new SourceText().emit("f(").zeroWidthSpace().emit("int x) {\n").toString();
    String longLine =
        new SourceText().emit(NINETY + "yyyyy(").zeroWidthSpace().emit("int x) {\n").toString();

    assertThat(shortLine).isEqualTo("f(int x) {\n");
    assertThat(longLine).isEqualTo(NINETY + "yyyyy(\n    int x) {\n");
  }

  @Test
  void literalEscapesAsJavaPoetDoes() {
    String text = new SourceText().literal("q\"b\\t\t'c\u0001é").toString();

    assertThat(text).isEqualTo("\"q\\\"b\\\\t\\t'c\\u0001é\"");
  }

  @Test
  void literalWithANewlineContinuesOnTheNextLine() {
    String text = new SourceText().indent(1).emit("x = ").literal("a\nb").emit(";\n").toString();

    assertThat(text).isEqualTo("  x = \"a\\n\"\n      + \"b\";\n");
  }

  @Test
  void javadocPrefixesEachLineAndKeepsBlankLinesAsAStar() {
    String text = new SourceText().indent(1).javadoc("First.\n\n@return second").toString();

    assertThat(text).isEqualTo("  /**\n   * First.\n   *\n   * @return second\n   */\n");
  }
}
