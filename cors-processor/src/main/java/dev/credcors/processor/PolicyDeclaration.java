package dev.credcors.processor;

import dev.credcors.policy.Attribute;
import dev.credcors.policy.PolicyInput;
import dev.credcors.policy.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * One {@code @CredentialedCors} as written: the element it is on, its mirror, and every attribute
 * value (defaults filled in) next to the {@link AnnotationValue} it came from, so a diagnostic can
 * point at the exact array entry.
 *
 * @param element the annotated class or method
 * @param written the attributes written in source; defaults have no source position
 * @param values every attribute, defaults included, as the rule engine takes them (without the
 *     served methods, which depend on the resource: see {@link #toInput})
 */
record PolicyDeclaration(
    Element element,
    AnnotationMirror mirror,
    Map<Attribute, AnnotationValue> written,
    PolicyInput values) {

  /** What javac substitutes for an expression it could not resolve (e.g. a missing constant). */
  static final String ERROR_VALUE = "<error>";

  PolicyDeclaration {
    written = Map.copyOf(written);
  }

  /**
   * Reads the annotation, or returns empty when a value is not resolvable yet (a constant from a
   * class another processor has still to generate), so the caller can defer the element.
   */
  static Optional<PolicyDeclaration> read(
      Element element, AnnotationMirror mirror, Elements elements) {
    if (mirror.getAnnotationType().getKind() == javax.lang.model.type.TypeKind.ERROR) {
      return Optional.empty();
    }
    Map<Attribute, AnnotationValue> written = new EnumMap<>(Attribute.class);
    Map<Attribute, AnnotationValue> all = new EnumMap<>(Attribute.class);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      attribute(entry.getKey()).ifPresent(a -> all.put(a, entry.getValue()));
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      attribute(entry.getKey()).ifPresent(a -> written.put(a, entry.getValue()));
    }
    if (all.size() != Attribute.values().length) {
      return Optional.empty(); // an annotation from a different version of credcors; not ours yet
    }
    Optional<List<String>> origins = strings(all.get(Attribute.ORIGINS));
    Optional<List<String>> patterns = strings(all.get(Attribute.ORIGIN_PATTERNS));
    Optional<List<String>> methods = strings(all.get(Attribute.METHODS));
    Optional<List<String>> allowHeaders = strings(all.get(Attribute.ALLOW_HEADERS));
    Optional<List<String>> exposeHeaders = strings(all.get(Attribute.EXPOSE_HEADERS));
    Optional<List<String>> vary = strings(all.get(Attribute.VARY));
    Optional<List<String>> originsProperty = strings(all.get(Attribute.ORIGINS_PROPERTY));
    Optional<List<String>> patternsProperty = strings(all.get(Attribute.ORIGIN_PATTERNS_PROPERTY));
    Object maxAge = all.get(Attribute.MAX_AGE).getValue();
    Object privateNetwork = all.get(Attribute.ALLOW_PRIVATE_NETWORK).getValue();
    Object refuseCrossSite = all.get(Attribute.REFUSE_CROSS_SITE_WRITES).getValue();
    Object allowSameSite = all.get(Attribute.ALLOW_SAME_SITE_WRITES).getValue();
    if (origins.isEmpty()
        || patterns.isEmpty()
        || methods.isEmpty()
        || allowHeaders.isEmpty()
        || exposeHeaders.isEmpty()
        || vary.isEmpty()
        || originsProperty.isEmpty()
        || patternsProperty.isEmpty()
        || !(maxAge instanceof Number number)
        || !(privateNetwork instanceof Boolean allow)
        || !(refuseCrossSite instanceof Boolean refuseCrossSiteWrites)
        || !(allowSameSite instanceof Boolean allowSameSiteWrites)) {
      return Optional.empty();
    }
    return Optional.of(
        new PolicyDeclaration(
            element,
            mirror,
            written,
            new PolicyInput(
                origins.get(),
                patterns.get(),
                methods.get(),
                allowHeaders.get(),
                exposeHeaders.get(),
                number.longValue(),
                vary.get(),
                allow,
                Set.of(),
                refuseCrossSiteWrites,
                allowSameSiteWrites,
                String.join("", originsProperty.get()),
                String.join("", patternsProperty.get()))));
  }

  /** One annotation is one policy: identity, not the (costly, deep) equality of its values. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyDeclaration that
        && element.equals(that.element)
        && mirror.equals(that.mirror);
  }

  @Override
  public int hashCode() {
    return element.hashCode();
  }

  /** The raw values for the rule engine, with the methods served under this policy. */
  PolicyInput toInput(Set<String> servedMethods) {
    return new PolicyInput(
        values.origins(),
        values.originPatterns(),
        values.methods(),
        values.allowHeaders(),
        values.exposeHeaders(),
        values.maxAge(),
        values.vary(),
        values.allowPrivateNetwork(),
        servedMethods,
        values.refuseCrossSiteWrites(),
        values.allowSameSiteWrites(),
        values.originsProperty(),
        values.originPatternsProperty());
  }

  /**
   * Where {@code violation} points: the array entry, else the whole attribute, else nothing (the
   * caller then reports on the mirror). A default value has no source position of its own.
   */
  Optional<AnnotationValue> locate(Violation violation) {
    if (violation.attribute().isEmpty()) {
      return Optional.empty();
    }
    AnnotationValue value = written.get(violation.attribute().get());
    if (value == null) {
      return Optional.empty();
    }
    List<? extends AnnotationValue> entries = Annotations.entries(value);
    int index = violation.index();
    return Optional.of(index >= 0 && index < entries.size() ? entries.get(index) : value);
  }

  private static Optional<Attribute> attribute(ExecutableElement method) {
    for (Attribute attribute : Attribute.values()) {
      if (method.getSimpleName().contentEquals(attribute.javaName())) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> strings(AnnotationValue value) {
    List<String> result = new ArrayList<>();
    for (AnnotationValue entry : Annotations.entries(value)) {
      if (!(entry.getValue() instanceof String string) || string.equals(ERROR_VALUE)) {
        return Optional.empty();
      }
      result.add(string);
    }
    return Optional.of(List.copyOf(result));
  }
}
