package dev.credcors.policy;

import java.util.Locale;

/**
 * Shows a value from an untrusted source (an annotation value, a request header) in a message a
 * person reads: characters that could drive a terminal (ANSI escapes), reorder the text (bidi
 * overrides), break a log line (CR, LF, line separators) or hide (unpaired surrogates) are written
 * as a backslash, {@code u} and four hex digits. The compiler's diagnostics and the runtime's log
 * lines both go through here, so a hostile value reads the same in both.
 */
public final class Printable {

  private Printable() {}

  /** {@code text} with control, format and separator characters and lone surrogates escaped. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * {@code text} with every character outside printable ASCII escaped too: for a log, where a
   * non-ASCII look-alike in an {@code Origin} header must be visible as such.
   */
  public static String escapeNonAscii(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean asciiOnly) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean hidden =
          asciiOnly && (c < 0x20 || c > 0x7e)
              || type == Character.CONTROL
              || type == Character.FORMAT
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR
              || Character.isSurrogate(c) && !isPairedAt(text, i);
      if (hidden && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (hidden) {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isPairedAt(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
