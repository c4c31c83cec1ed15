package dev.credcors.policy;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The syntax of {@code originsProperty} and {@code originPatternsProperty}: a plain dotted name
 * that MicroProfile Config, a system property and (in its upper-case form) an environment variable
 * can all carry.
 */
public final class PropertyNames {

  /** Longer names are typos or pasted values, not property names. */
  static final int MAX_LENGTH = 200;

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

  private PropertyNames() {}

  static void check(Attribute attribute, String name, Consumer<Violation> out) {
    if (name.isEmpty()) {
      return; // no property named
    }
    if (name.length() > 2 && name.startsWith("${") && name.endsWith("}")) {
      String inner = name.substring(2, name.length() - 1);
      int colon = inner.indexOf(':');
      String bare = colon < 0 ? inner : inner.substring(0, colon);
      out.accept(
          Violation.on(attribute, Message.PROPERTY_PLACEHOLDER, attribute.javaName(), name, bare));
      return;
    }
    if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) {
      out.accept(
          Violation.on(attribute, Message.INVALID_PROPERTY_NAME, attribute.javaName(), name));
    }
  }

  /**
   * The environment variable names a property is also looked up under, in MicroProfile Config's
   * order after the name itself: every character other than an ASCII letter or digit replaced by
   * {@code _}, then that in upper case ({@code app.cors.origins} -> {@code app_cors_origins} ->
   * {@code APP_CORS_ORIGINS}).
   */
  public static String environmentForm(String name, boolean upperCase) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alphanumeric = c < 128 && Character.isLetterOrDigit(c);
      out.append(alphanumeric ? c : '_');
    }
    return upperCase ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
  }
}
