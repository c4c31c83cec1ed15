package dev.credcors.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Rules for the name lists {@code methods}, {@code allowHeaders}, {@code exposeHeaders} and {@code
 * vary}: every entry an RFC 9110 token (section 5.6.2), no credentialed wildcard, no duplicates,
 * and {@code Vary: Origin}.
 */
final class TokenRules {

  /** RFC 9110 section 5.6.2 tchar, besides ALPHA and DIGIT. */
  private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";

  /** Fetch "normalize a method" upper-cases exactly these, whatever case the page used. */
  private static final Set<String> NORMALIZED_METHODS =
      Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");

  private TokenRules() {}

  static void checkMethods(List<String> methods, Set<String> served, Consumer<Violation> out) {
    Attribute attribute = Attribute.METHODS;
    for (int i = 0; i < methods.size(); i++) {
      String method = methods.get(i);
      if (!checkToken(attribute, i, method, true, out)) {
        continue;
      }
      String upper = method.toUpperCase(Locale.ROOT);
      if (!method.equals(upper) && NORMALIZED_METHODS.contains(upper)) {
        out.accept(Violation.at(attribute, i, Message.LOWER_CASE_METHOD, method, upper, upper));
      } else if (!served.isEmpty() && !served.contains(method)) {
        out.accept(
            Violation.at(
                attribute,
                i,
                Message.UNSERVED_METHOD,
                method,
                String.join(", ", new TreeSet<>(served))));
      }
    }
    // Methods are case-sensitive (RFC 9110 section 9.1), so only exact repeats are duplicates.
    duplicates(attribute, methods, false, out);
  }

  static void checkHeaders(Attribute attribute, List<String> headers, Consumer<Violation> out) {
    for (int i = 0; i < headers.size(); i++) {
      checkToken(attribute, i, headers.get(i), true, out);
    }
    duplicates(attribute, headers, true, out);
  }

  static void checkVary(List<String> vary, Consumer<Violation> out) {
    boolean hasOrigin = false;
    for (int i = 0; i < vary.size(); i++) {
      // "Vary: *" is legal (RFC 9110 section 12.5.5): it only disables caching.
      checkToken(Attribute.VARY, i, vary.get(i), false, out);
      hasOrigin |= vary.get(i).equalsIgnoreCase("Origin");
    }
    duplicates(Attribute.VARY, vary, true, out);
    if (!hasOrigin) {
      out.accept(Violation.on(Attribute.VARY, Message.MISSING_VARY, render(vary)));
    }
  }

  /** Reports the first problem of one entry; true if the entry is a usable token. */
  private static boolean checkToken(
      Attribute attribute, int index, String value, boolean noWildcard, Consumer<Violation> out) {
    if (noWildcard && value.equals("*")) {
      String noun = attribute == Attribute.METHODS ? "method" : "header name";
      out.accept(Violation.at(attribute, index, Message.WILDCARD_LIST, attribute.javaName(), noun));
      return false;
    }
    if (value.isEmpty()) {
      out.accept(Violation.at(attribute, index, Message.EMPTY_TOKEN, attribute.javaName()));
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isTchar(c)) {
        out.accept(
            Violation.at(
                attribute, index, Message.INVALID_TOKEN, attribute.javaName(), value, describe(c)));
        return false;
      }
    }
    return true;
  }

  static boolean isTchar(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9'
        || TCHAR_SYMBOLS.indexOf(c) >= 0;
  }

  /** A character as a message can show it: itself when printable ASCII, else its code point. */
  static String describe(char c) {
    return c > 0x20 && c < 0x7F ? String.valueOf(c) : String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  /** Reports each later repeat of an entry, pointing at the repeat and naming the first. */
  static void duplicates(
      Attribute attribute, List<String> values, boolean ignoreCase, Consumer<Violation> out) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String key = ignoreCase ? values.get(i).toLowerCase(Locale.ROOT) : values.get(i);
      Integer previous = first.putIfAbsent(key, i);
      if (previous != null) {
        out.accept(
            Violation.at(
                attribute,
                i,
                Message.DUPLICATE_ENTRY,
                attribute.javaName(),
                values.get(i),
                i,
                previous));
      }
    }
  }

  /** {@code {"Accept", "Cookie"}}, as the list would be written in the annotation. */
  static String render(List<String> values) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "\"" : ", \"").append(values.get(i)).append('"');
    }
    return out.append('}').toString();
  }
}
