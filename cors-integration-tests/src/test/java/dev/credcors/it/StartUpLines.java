package dev.credcors.it;

import dev.credcors.policy.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines a start-up refusal must contain, built from the one message catalogue: {@code [tag]
 * <where>: <the catalogue text after its tag>}. A {@code null} argument is one the rule engine
 * chooses (a probe origin, a regex error's wording) and matches any text.
 */
final class StartUpLines {

  private StartUpLines() {}

  /** The exact line, when every argument is known. */
  static String exact(String where, Message message, Object... args) {
    String text = message.format(args);
    String tag = "[" + message.rule().tag() + "] ";
    return tag + where + ": " + text.substring(tag.length());
  }

  /** The line as a pattern, {@code null} arguments matching anything on the line. */
  static Pattern matching(String where, Message message, Object... args) {
    String[] parts = message.template().split("%[sd]", -1);
    StringBuilder regex =
        new StringBuilder(Pattern.quote("[" + message.rule().tag() + "] " + where + ": "));
    for (int i = 0; i < parts.length; i++) {
      regex.append(Pattern.quote(parts[i].replace("%%", "%")));
      if (i < parts.length - 1) {
        Object arg = i < args.length ? args[i] : null;
        regex.append(arg == null ? "[^\\n]*?" : Pattern.quote(String.valueOf(arg)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** The messages of {@code failure} and its causes, where a server wraps the refusal. */
  static List<String> messages(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }
}
