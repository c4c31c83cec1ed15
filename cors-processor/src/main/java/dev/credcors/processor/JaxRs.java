package dev.credcors.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The Jakarta REST facts of a class, read with {@code javax.lang.model} only: its {@code @Path},
 * and its resource methods with their HTTP method designators and method-level paths. The
 * annotations are those of the compilation's {@link Namespace}; the reading is the same for both.
 */
final class JaxRs {

  private final Elements elements;
  private final Types types;
  private final Namespace namespace;

  JaxRs(Elements elements, Types types, Namespace namespace) {
    this.elements = elements;
    this.types = types;
    this.namespace = namespace;
  }

  /** The class-level {@code @Path} value written on {@code type} itself (it is not inherited). */
  Optional<String> classPath(TypeElement type) {
    return Annotations.find(type, namespace.path()).flatMap(Annotations::stringValue);
  }

  /**
   * The HTTP method designator of {@code method}: the {@code @HttpMethod} value of any annotation
   * on it that is meta-annotated with {@code @HttpMethod}, so {@code @PATCH} and custom designators
   * count. Uses the annotations in effect under Jakarta REST annotation inheritance.
   */
  Optional<String> designator(ExecutableElement method, TypeElement resource) {
    return designatorOn(effectiveAnnotationSource(method, resource));
  }

  /** The method-level {@code @Path} under Jakarta REST annotation inheritance, if any. */
  Optional<String> methodPath(ExecutableElement method, TypeElement resource) {
    return Annotations.find(effectiveAnnotationSource(method, resource), namespace.path())
        .flatMap(Annotations::stringValue);
  }

  Optional<String> designatorOn(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Element annotationType = mirror.getAnnotationType().asElement();
      Optional<String> value =
          Annotations.find(annotationType, namespace.httpMethod())
              .flatMap(Annotations::stringValue);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /**
   * The methods a resource class exposes, in a stable order: its own methods in declaration order,
   * then those it inherits from superclasses (nearest first) that it does not override.
   */
  List<ExecutableElement> methods(TypeElement resource) {
    List<ExecutableElement> result = new ArrayList<>();
    for (TypeElement type = resource; type != null; type = superclass(type)) {
      if (type.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      for (Element member : type.getEnclosedElements()) {
        if (member.getKind() != ElementKind.METHOD) {
          continue;
        }
        ExecutableElement method = (ExecutableElement) member;
        boolean overridden =
            type != resource
                && result.stream().anyMatch(m -> elements.overrides(m, method, resource));
        if (!overridden && !method.getModifiers().contains(Modifier.PRIVATE)) {
          result.add(method);
        }
      }
    }
    return result;
  }

  /**
   * Jakarta REST 3.1 section 3.6: a method without Jakarta REST annotations of its own (on it or
   * its parameters) inherits them from the method it overrides, superclass before interfaces.
   */
  ExecutableElement effectiveAnnotationSource(ExecutableElement method, TypeElement resource) {
    if (hasJaxRsAnnotations(method)) {
      return method;
    }
    for (TypeElement supertype : supertypes(resource)) {
      for (Element member : supertype.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD
            && !member.equals(method)
            && elements.overrides(method, (ExecutableElement) member, resource)
            && hasJaxRsAnnotations((ExecutableElement) member)) {
          return (ExecutableElement) member;
        }
      }
    }
    return method;
  }

  private boolean hasJaxRsAnnotations(ExecutableElement method) {
    if (isJaxRs(method) || designatorOn(method).isPresent()) {
      return true;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (isJaxRs(parameter)) {
        return true;
      }
    }
    return false;
  }

  private boolean isJaxRs(Element element) {
    return usesNamespace(element, namespace);
  }

  /** Whether {@code element} carries an annotation of {@code namespace}. */
  static boolean usesNamespace(Element element, Namespace namespace) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(m -> namespace.owns(Annotations.qualifiedName(m)));
  }

  /** Every proper supertype, breadth first: superclasses before the interfaces they implement. */
  private List<TypeElement> supertypes(TypeElement type) {
    Set<TypeElement> seen = new LinkedHashSet<>();
    Deque<TypeElement> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      TypeElement current = queue.poll();
      List<TypeMirror> direct = new ArrayList<>();
      direct.add(current.getSuperclass());
      direct.addAll(current.getInterfaces());
      for (TypeMirror mirror : direct) {
        if (mirror.getKind() == TypeKind.DECLARED
            && ((DeclaredType) mirror).asElement() instanceof TypeElement next
            && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return List.copyOf(seen);
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) types.asElement(superclass)
        : null;
  }
}
