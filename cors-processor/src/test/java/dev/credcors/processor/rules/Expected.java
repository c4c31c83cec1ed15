package dev.credcors.processor.rules;

import dev.credcors.policy.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A catalogue message as a regular expression, so a test can assert that a diagnostic is exactly
 * {@link Message#format} of one entry even when some arguments (the probe origin an analysis
 * picked, a suggested fix) are the engine's choice. Known arguments are matched literally; {@link
 * #ANY} arguments are captured as groups, in order.
 */
final class Expected {

  /** An argument the test does not predict; captured as a group. */
  static final Object ANY = new Object();

  private final Message message;
  private final Pattern pattern;

  private Expected(Message message, Pattern pattern) {
    this.message = message;
    this.pattern = pattern;
  }

  /**
   * {@code message} formatted with {@code args}, where {@link #ANY} stands for any text, as do
   * trailing arguments left out (typically the suggested fix).
   */
  static Expected message(Message message, Object... given) {
    String[] parts = message.template().split("%[sd]", -1);
    Object[] args = java.util.Arrays.copyOf(given, Math.max(given.length, parts.length - 1));
    java.util.Arrays.fill(args, given.length, args.length, ANY);
    if (parts.length - 1 != args.length) {
      throw new IllegalArgumentException(
          message + " takes " + (parts.length - 1) + " arguments, not " + args.length);
    }
    StringBuilder regex = new StringBuilder(Pattern.quote("[" + message.rule().tag() + "] "));
    for (int i = 0; i < parts.length; i++) {
      regex.append(Pattern.quote(parts[i].replace("%%", "%")));
      if (i < args.length) {
        regex.append(args[i] == ANY ? "(.*?)" : Pattern.quote(String.valueOf(args[i])));
      }
    }
    return new Expected(message, Pattern.compile(regex.toString(), Pattern.DOTALL));
  }

  /** The whole expected message, for {@code hadErrorContainingMatch}. */
  Pattern pattern() {
    return pattern;
  }

  /** The {@link #ANY} arguments of the first diagnostic in {@code source} that matches. */
  List<String> capturedFrom(
      List<Diagnostic<? extends JavaFileObject>> diagnostics, JavaFileObject source) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
      Matcher matcher = pattern.matcher(Sources.message(diagnostic));
      if (Sources.in(diagnostic, source) && matcher.matches()) {
        return java.util.stream.IntStream.rangeClosed(1, matcher.groupCount())
            .mapToObj(matcher::group)
            .toList();
      }
    }
    throw new AssertionError("no diagnostic in " + source.getName() + " matches " + pattern);
  }

  @Override
  public String toString() {
    return message + " ~ " + pattern;
  }
}
