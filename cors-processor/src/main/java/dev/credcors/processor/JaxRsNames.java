package dev.credcors.processor;

import com.palantir.javapoet.ClassName;

/**
 * Every Jakarta REST type the generated filter names, in one place: a namespace ({@code
 * jakarta.ws.rs} today) is chosen here and nowhere else in the writer.
 *
 * @param requestFilter {@code ContainerRequestFilter}
 * @param responseFilter {@code ContainerResponseFilter}
 * @param requestContext {@code ContainerRequestContext}
 * @param responseContext {@code ContainerResponseContext}
 */
record JaxRsNames(
    ClassName requestFilter,
    ClassName responseFilter,
    ClassName requestContext,
    ClassName responseContext) {

  /** Jakarta REST 3.x. */
  static final JaxRsNames JAKARTA = in("jakarta.ws.rs");

  /** The names under a namespace's root package, e.g. {@code jakarta.ws.rs}. */
  static JaxRsNames in(String rootPackage) {
    String container = rootPackage + ".container";
    return new JaxRsNames(
        ClassName.get(container, "ContainerRequestFilter"),
        ClassName.get(container, "ContainerResponseFilter"),
        ClassName.get(container, "ContainerRequestContext"),
        ClassName.get(container, "ContainerResponseContext"));
  }
}
