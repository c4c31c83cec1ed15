package dev.credcors.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule, located at an attribute and, for array attributes, at the entry at fault.
 *
 * @param message the catalogue entry; its rule gives the tag and severity
 * @param attribute the attribute at fault, or empty when the whole annotation is at fault
 * @param index the array entry at fault, or -1 for the attribute as a whole
 * @param text the formatted message, starting with {@code [tag]}
 */
public record Violation(Message message, Optional<Attribute> attribute, int index, String text) {

  public Violation {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(text, "text");
  }

  /** A violation on entry {@code index} of {@code attribute}. */
  public static Violation at(Attribute attribute, int index, Message message, Object... args) {
    return new Violation(message, Optional.of(attribute), index, message.format(args));
  }

  /** A violation on a whole (scalar or array) attribute. */
  public static Violation on(Attribute attribute, Message message, Object... args) {
    return new Violation(message, Optional.of(attribute), -1, message.format(args));
  }

  /** A violation on the annotation as a whole. */
  public static Violation onAnnotation(Message message, Object... args) {
    return new Violation(message, Optional.empty(), -1, message.format(args));
  }

  public Rule rule() {
    return message.rule();
  }

  public Severity severity() {
    return message.rule().severity();
  }
}
