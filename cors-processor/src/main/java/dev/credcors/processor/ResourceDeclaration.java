package dev.credcors.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Everything the processor reads about one class that carries {@code @CredentialedCors} on itself
 * or on its methods: nothing here has been checked yet.
 *
 * @param type the class the generated code is named after
 * @param classPath its own {@code @Path} value, empty when it has none
 * @param classPolicy the class-level annotation, if written
 * @param methods the class's methods (own and inherited), in declaration order
 */
record ResourceDeclaration(
    TypeElement type,
    Optional<String> classPath,
    Optional<PolicyDeclaration> classPolicy,
    List<Method> methods) {

  ResourceDeclaration {
    methods = List.copyOf(methods);
  }

  /**
   * One method of the class.
   *
   * @param designator its HTTP method designator ({@code GET}, {@code PATCH}, a custom one), empty
   *     for a sub-resource locator or a plain method
   * @param pathTemplate the class path joined with the method path, e.g. {@code /items/{id}}
   * @param normalizedPath {@code pathTemplate} with variable names erased: equal for two templates
   *     that match the same request paths
   * @param javaMethod the {@code name(T1,T2)} key the runtime matches against reflection
   * @param policy the method-level annotation, if written on this very method
   */
  record Method(
      ExecutableElement element,
      Optional<String> designator,
      String pathTemplate,
      String normalizedPath,
      String javaMethod,
      Optional<PolicyDeclaration> policy) {}
}
