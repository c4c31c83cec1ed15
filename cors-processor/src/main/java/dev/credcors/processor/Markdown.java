package dev.credcors.processor;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A minimal CommonMark writer for the inventory. Values from annotations (origins, regular
 * expressions, path templates) are shown verbatim in code spans, where a backslash is literal, so a
 * reviewer reads the exact pattern the runtime compiles; control characters, which a code span
 * would turn into spaces, are shown as {@code \}{@code uXXXX}, which {@code java.util.regex} reads
 * as the same character.
 */
final class Markdown {

  private final StringBuilder out = new StringBuilder();

  Markdown line(String text) {
    out.append(text).append('\n');
    return this;
  }

  Markdown blank() {
    out.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * {@code value} as one code span: delimited by more backticks than any run inside it, and padded
   * with spaces when it starts or ends with a backtick (CommonMark 0.31, section 6.1).
   */
  static String code(String value) {
    String shown = visible(value);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < shown.length(); i++) {
      run = shown.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad =
        shown.startsWith("`")
            || shown.endsWith("`")
            || (shown.startsWith(" ") && shown.endsWith(" ") && !shown.isBlank());
    return pad ? fence + " " + shown + " " + fence : fence + shown + fence;
  }

  /** {@code value} as a code span, or the word "none" for an empty value. */
  static String codeOrNone(String value) {
    return value.isEmpty() ? "none" : code(value);
  }

  /** Each value as a code span, comma-separated, or "none". */
  static String codeList(List<String> values) {
    return values.isEmpty()
        ? "none"
        : values.stream().map(Markdown::code).collect(Collectors.joining(", "));
  }

  /** Prose with every character CommonMark could read as markup escaped with a backslash. */
  static String text(String value) {
    StringBuilder escaped = new StringBuilder();
    for (char c : visible(value).toCharArray()) {
      if ("\\`*_[]<>|~&#!".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** Control characters as {@code \}{@code uXXXX}: they would break a line or vanish. */
  private static String visible(String value) {
    StringBuilder shown = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }
}
