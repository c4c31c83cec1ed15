package dev.credcors.processor;

import dev.credcors.policy.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The diagnostics for one resource, collected before anything is printed so that code is generated
 * only for a resource whose report has no error (Dagger's {@code ValidationReport}).
 */
final class ValidationReport {

  /** One diagnostic, located as precisely as the source allows. */
  record Item(
      Diagnostic.Kind kind,
      String text,
      Element element,
      Optional<AnnotationMirror> mirror,
      Optional<AnnotationValue> value) {}

  /**
   * A warning the source waived with {@code @SuppressWarnings("credcors:<tag>")}: not printed, but
   * listed in the inventory, where a reviewer wants to see what was waived.
   *
   * @param where the annotated element, {@code com.x.Resource} or {@code com.x.Resource#get(long)}
   */
  record Suppressed(String where, Rule rule, String text) {}

  private final List<Item> items = new ArrayList<>();
  private final List<Suppressed> suppressed = new ArrayList<>();

  void add(
      Diagnostic.Kind kind,
      String text,
      Element element,
      AnnotationMirror mirror,
      Optional<AnnotationValue> value) {
    items.add(new Item(kind, text, element, Optional.ofNullable(mirror), value));
  }

  void error(String text, Element element, AnnotationMirror mirror) {
    add(Diagnostic.Kind.ERROR, text, element, mirror, Optional.empty());
  }

  void suppressed(String where, Rule rule, String text) {
    suppressed.add(new Suppressed(where, rule, text));
  }

  List<Suppressed> suppressed() {
    return List.copyOf(suppressed);
  }

  boolean hasErrors() {
    return items.stream().anyMatch(item -> item.kind() == Diagnostic.Kind.ERROR);
  }

  List<Item> items() {
    return List.copyOf(items);
  }

  void printTo(Messager messager) {
    for (Item item : items) {
      if (item.mirror().isEmpty()) {
        messager.printMessage(item.kind(), item.text(), item.element());
      } else if (item.value().isEmpty()) {
        messager.printMessage(item.kind(), item.text(), item.element(), item.mirror().get());
      } else {
        messager.printMessage(
            item.kind(), item.text(), item.element(), item.mirror().get(), item.value().get());
      }
    }
  }
}
