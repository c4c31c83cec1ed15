package dev.credcors.processor;

import java.util.List;
import java.util.Locale;

/**
 * A minimal JSON writer for the inventory and the SARIF log: strings escaped per RFC 8259 (every
 * control character, quote and backslash; also U+2028/U+2029 and lone surrogates, so the output is
 * valid UTF-8 and safe to embed anywhere), values written in the order given.
 */
final class Json {

  private Json() {}

  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean lone =
              Character.isHighSurrogate(c)
                  ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                  : Character.isLowSurrogate(c)
                      && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f || lone) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** {@code null} for an empty value, else the string. */
  static String stringOrNull(String value) {
    return value.isEmpty() ? "null" : string(value);
  }

  /** An array of strings on one line. */
  static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(string(values.get(i)));
    }
    return out.append(']').toString();
  }
}
