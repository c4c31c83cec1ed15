package dev.credcors.processor;

/**
 * Every JAX-RS type the generated filter names, in one place: the compilation's {@link Namespace}
 * is applied here and nowhere else in the writer.
 *
 * @param requestFilter the qualified name of {@code ContainerRequestFilter}
 * @param responseFilter the qualified name of {@code ContainerResponseFilter}
 * @param requestContext the qualified name of {@code ContainerRequestContext}
 * @param responseContext the qualified name of {@code ContainerResponseContext}
 */
record JaxRsNames(
    String requestFilter, String responseFilter, String requestContext, String responseContext) {

  /** The names under a namespace's root package, {@code jakarta.ws.rs} or {@code javax.ws.rs}. */
  static JaxRsNames in(String rootPackage) {
    String container = rootPackage + ".container.";
    return new JaxRsNames(
        container + "ContainerRequestFilter",
        container + "ContainerResponseFilter",
        container + "ContainerRequestContext",
        container + "ContainerResponseContext");
  }
}
