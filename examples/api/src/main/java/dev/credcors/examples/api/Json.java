package dev.credcors.examples.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for the example's flat objects, so the examples need no JSON provider. Values
 * are strings or numbers; input fields may not contain escapes.
 */
final class Json {

  private Json() {}

  /** A JSON object from alternating names and values; {@link Number} values stay unquoted. */
  static String object(Object... namesAndValues) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        json.append(',');
      }
      json.append(quote(namesAndValues[i].toString())).append(':');
      Object value = namesAndValues[i + 1];
      json.append(value instanceof Number ? value.toString() : quote(String.valueOf(value)));
    }
    return json.append('}').toString();
  }

  /** A JSON array of already-serialized elements. */
  static String array(Iterable<String> elements) {
    return "[" + String.join(",", elements) + "]";
  }

  /** The string value of a top-level field, if the body has one without escapes. */
  static Optional<String> stringField(String body, String name) {
    if (body == null) {
      return Optional.empty();
    }
    Matcher field =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"\\\\]{0,200})\"")
            .matcher(body);
    return field.find() ? Optional.of(field.group(1)) : Optional.empty();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
