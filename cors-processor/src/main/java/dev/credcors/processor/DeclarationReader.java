package dev.credcors.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The declaration step: reads a {@link ResourceDeclaration} from the compiler's model. */
final class DeclarationReader {

  private final Elements elements;
  private final Types types;
  private final Namespace namespace;
  private final JaxRs jaxRs;

  DeclarationReader(Elements elements, Types types, Namespace namespace) {
    this.elements = elements;
    this.types = types;
    this.namespace = namespace;
    this.jaxRs = new JaxRs(elements, types, namespace);
  }

  /**
   * Whether {@code type} is written against the other {@link Namespace} only: JAX-RS annotations on
   * it or its own methods, none of them from the compilation's. Such a resource would read as no
   * resource at all, so it gets its own diagnostic instead.
   */
  boolean usesOtherNamespaceOnly(TypeElement type) {
    boolean other = JaxRs.usesNamespace(type, namespace.other());
    boolean own = JaxRs.usesNamespace(type, namespace);
    for (Element member : type.getEnclosedElements()) {
      other |= JaxRs.usesNamespace(member, namespace.other());
      own |= JaxRs.usesNamespace(member, namespace);
    }
    return other && !own;
  }

  /**
   * Names a type the class depends on that javac cannot resolve yet (often one another processor
   * generates in this round), or empty when everything the processor reads is resolved.
   */
  Optional<String> unresolved(TypeElement type) {
    for (TypeMirror supertype : supertypes(type)) {
      if (supertype.getKind() == TypeKind.ERROR) {
        return Optional.of(supertype.toString());
      }
    }
    Optional<String> onType = unresolvedAnnotation(type);
    if (onType.isPresent()) {
      return onType;
    }
    for (ExecutableElement method : jaxRs.methods(type)) {
      Optional<String> onMethod = unresolvedAnnotation(method);
      if (onMethod.isPresent()) {
        return onMethod;
      }
      for (VariableElement parameter : method.getParameters()) {
        TypeMirror erased = types.erasure(parameter.asType());
        while (erased.getKind() == TypeKind.ARRAY) {
          erased = ((ArrayType) erased).getComponentType();
        }
        if (erased.getKind() == TypeKind.ERROR) {
          return Optional.of(parameter.asType().toString());
        }
      }
    }
    return Optional.empty();
  }

  /** Reads {@code type}; call only when {@link #unresolved} is empty. */
  Optional<ResourceDeclaration> read(TypeElement type) {
    Optional<PolicyDeclaration> classPolicy = Optional.empty();
    Optional<AnnotationMirror> classMirror = Annotations.find(type, Annotations.CREDENTIALED_CORS);
    if (classMirror.isPresent()) {
      classPolicy = PolicyDeclaration.read(type, classMirror.get(), elements);
      if (classPolicy.isEmpty()) {
        return Optional.empty();
      }
    }
    Optional<String> classPath = jaxRs.classPath(type);
    List<ResourceDeclaration.Method> methods = new ArrayList<>();
    for (ExecutableElement method : jaxRs.methods(type)) {
      Optional<PolicyDeclaration> policy = Optional.empty();
      Optional<AnnotationMirror> mirror = Annotations.find(method, Annotations.CREDENTIALED_CORS);
      if (mirror.isPresent() && method.getEnclosingElement().equals(type)) {
        policy = PolicyDeclaration.read(method, mirror.get(), elements);
        if (policy.isEmpty()) {
          return Optional.empty();
        }
      }
      String template =
          PathTemplates.join(classPath.orElse(""), jaxRs.methodPath(method, type).orElse(""));
      methods.add(
          new ResourceDeclaration.Method(
              method,
              jaxRs.designator(method, type),
              template,
              PathTemplates.normalized(template),
              javaMethod(method),
              policy));
    }
    return Optional.of(new ResourceDeclaration(type, classPath, classPolicy, methods));
  }

  /**
   * The {@code name(T1,T2)} key of {@code CorsEndpoint#javaMethod}: erased parameter types as
   * {@link Class#getTypeName()} prints them (binary names with {@code $}, arrays as {@code []},
   * varargs as arrays).
   */
  String javaMethod(ExecutableElement method) {
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(typeName(types.erasure(parameter.asType())));
    }
    return method.getSimpleName() + "(" + String.join(",", parameters) + ")";
  }

  private String typeName(TypeMirror type) {
    return switch (type.getKind()) {
      case ARRAY -> typeName(((ArrayType) type).getComponentType()) + "[]";
      case DECLARED ->
          elements.getBinaryName((TypeElement) ((DeclaredType) type).asElement()).toString();
      default -> type.toString(); // primitives print as their keyword
    };
  }

  /**
   * An annotation whose type is missing, or an {@code @Path} whose value is a constant javac could
   * not resolve yet (it reads as {@code "<error>"}).
   */
  private Optional<String> unresolvedAnnotation(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
        return Optional.of(mirror.getAnnotationType().toString());
      }
      if (Annotations.qualifiedName(mirror).equals(namespace.path())
          && Annotations.stringValue(mirror)
              .filter(PolicyDeclaration.ERROR_VALUE::equals)
              .isPresent()) {
        return Optional.of("the @Path value of " + element);
      }
    }
    return Optional.empty();
  }

  private static List<TypeMirror> supertypes(TypeElement type) {
    List<TypeMirror> result = new ArrayList<>();
    result.add(type.getSuperclass());
    result.addAll(type.getInterfaces());
    return result;
  }
}
