package dev.credcors.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Annotation look-ups by qualified name through {@code javax.lang.model} only: the processor never
 * loads JAX-RS classes, so it works whatever version (and {@link Namespace}) the user compiles
 * against.
 */
final class Annotations {

  static final String CREDENTIALED_CORS = "dev.credcors.CredentialedCors";

  private Annotations() {}

  static String qualifiedName(AnnotationMirror mirror) {
    Element element = mirror.getAnnotationType().asElement();
    return element instanceof TypeElement type ? type.getQualifiedName().toString() : "";
  }

  static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The explicitly written value of {@code name}, if any (defaults are not in the mirror). */
  static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** A {@code String value()} of an annotation such as {@code @Path} or {@code @HttpMethod}. */
  static Optional<String> stringValue(AnnotationMirror mirror) {
    return explicitValue(mirror, "value")
        .map(AnnotationValue::getValue)
        .filter(String.class::isInstance)
        .map(String.class::cast);
  }

  /** The entries of an array-valued annotation value (a single value is a one-entry array). */
  static List<? extends AnnotationValue> entries(AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof List<?> list) {
      @SuppressWarnings("unchecked") // javac documents array values as List<AnnotationValue>
      List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) list;
      return values;
    }
    return List.of(value);
  }
}
