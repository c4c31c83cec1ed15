package dev.credcors.jaxrs;

import java.util.ArrayList;
import java.util.List;

/**
 * Merging into a {@code Vary} response header (RFC 9110 section 12.5.5): field names compared
 * case-insensitively, none dropped, none repeated, and {@code Vary: *} left alone because it
 * already says the response varies on everything.
 */
final class Vary {

  private Vary() {}

  /** {@code existing} with every name of the comma-separated {@code required} it lacks appended. */
  static String merge(String existing, String required) {
    return merge(existing.strip(), tokens(required));
  }

  /**
   * {@code existing} with every name of {@code required} it lacks appended, comma-separated; the
   * very same {@code existing} instance when nothing is missing or it is {@code *}, so a caller can
   * tell with {@code ==} that nothing changed.
   */
  static String merge(String existing, String[] required) {
    if (isWildcard(existing)) {
      return existing;
    }
    StringBuilder merged = null;
    for (String name : required) {
      if (containsName(existing, name)
          || (merged != null && containsName(merged.toString(), name))) {
        continue;
      }
      if (merged == null) {
        merged = new StringBuilder(existing.length() + 32).append(existing);
      }
      if (merged.length() > 0) {
        merged.append(", ");
      }
      merged.append(name);
    }
    return merged == null ? existing : merged.toString();
  }

  /** The field names of a comma-separated list, stripped, empty elements skipped. */
  static String[] tokens(String joined) {
    List<String> names = new ArrayList<>();
    for (String part : joined.split(",", -1)) {
      String name = part.strip();
      if (!name.isEmpty() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names.toArray(new String[0]);
  }

  /** Whether the list {@code value} is or contains {@code *}. */
  static boolean isWildcard(String value) {
    return containsName(value, "*");
  }

  /** Whether the comma-separated list {@code value} names {@code name}, ignoring case and OWS. */
  static boolean containsName(String value, String name) {
    int i = 0;
    int length = value.length();
    while (i < length) {
      while (i < length && isSeparator(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < length && value.charAt(i) != ',') {
        i++;
      }
      int end = i;
      while (end > start && isSeparator(value.charAt(end - 1))) {
        end--;
      }
      if (end - start == name.length()
          && value.regionMatches(true, start, name, 0, name.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == ',';
  }
}
