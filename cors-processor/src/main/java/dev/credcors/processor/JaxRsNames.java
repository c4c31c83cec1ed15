package dev.credcors.processor;

import com.palantir.javapoet.ClassName;

/**
 * Every JAX-RS type the generated filter names, in one place: the compilation's {@link Namespace}
 * is applied here and nowhere else in the writer.
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

  /** The names under a namespace's root package, {@code jakarta.ws.rs} or {@code javax.ws.rs}. */
  static JaxRsNames in(String rootPackage) {
    String container = rootPackage + ".container";
    return new JaxRsNames(
        ClassName.get(container, "ContainerRequestFilter"),
        ClassName.get(container, "ContainerResponseFilter"),
        ClassName.get(container, "ContainerRequestContext"),
        ClassName.get(container, "ContainerResponseContext"));
  }
}
