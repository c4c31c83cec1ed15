package dev.credcors.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A resource whose policies passed every rule: exactly what the writer emits, with all values
 * joined and ordered, so that equal sources give byte-identical output.
 *
 * @param resource the annotated class
 * @param originatingElement the top-level class enclosing {@code resource} (or itself): the single
 *     originating element Gradle's isolating mode requires
 * @param packageName the package of the resource and of the generated class
 * @param generatedSimpleName e.g. {@code Outer_Inner_CorsFilter}
 * @param policies the distinct policies, class policy first, then method policies in declaration
 *     order
 * @param endpoints the governed resource methods in declaration order
 */
record ResourceModel(
    TypeElement resource,
    TypeElement originatingElement,
    String packageName,
    String generatedSimpleName,
    List<Policy> policies,
    List<Endpoint> endpoints) {

  ResourceModel {
    policies = List.copyOf(policies);
    endpoints = List.copyOf(endpoints);
  }

  /**
   * One policy as the runtime's {@code CorsPolicy.builder()} takes it.
   *
   * @param constantName e.g. {@code CLASS_POLICY} or {@code DELETE_ITEM_POLICY}
   * @param declaredOn the {@code javaMethod} key of the method it is written on, empty for the
   *     class-level policy
   * @param allowHeaders joined with {@code ", "}, duplicates removed case-insensitively
   * @param originsProperty the configuration property adding exact origins at start-up, or empty
   * @param originPatternsProperty the configuration property adding patterns at start-up, or empty
   * @param suppressions the {@code credcors:<tag>} warnings suppressed on the annotated element or
   *     an enclosing one, sorted; recorded only for a policy that names a property, whose
   *     configured values are checked (and their warnings suppressed) again at start-up
   */
  record Policy(
      String constantName,
      String declaredOn,
      List<String> exactOrigins,
      List<String> originPatterns,
      String allowHeaders,
      String exposeHeaders,
      long maxAge,
      String vary,
      boolean allowPrivateNetwork,
      boolean refuseCrossSiteWrites,
      boolean allowSameSiteWrites,
      String originsProperty,
      String originPatternsProperty,
      List<String> suppressions) {

    Policy {
      exactOrigins = List.copyOf(exactOrigins);
      originPatterns = List.copyOf(originPatterns);
      suppressions = List.copyOf(suppressions);
    }

    boolean namesProperty() {
      return !originsProperty.isEmpty() || !originPatternsProperty.isEmpty();
    }

    /** The policy without its name: two policies are the same policy iff these are equal. */
    List<Object> values() {
      return List.of(
          exactOrigins,
          originPatterns,
          allowHeaders,
          exposeHeaders,
          maxAge,
          vary,
          allowPrivateNetwork,
          refuseCrossSiteWrites,
          allowSameSiteWrites,
          originsProperty,
          originPatternsProperty);
    }
  }

  /**
   * One {@code CorsEndpoint.of(...)} entry.
   *
   * @param policy the {@link Policy#constantName()} it refers to
   */
  record Endpoint(
      String javaMethod,
      String httpMethod,
      String pathTemplate,
      String allowMethods,
      String policy) {}
}
