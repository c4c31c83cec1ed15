package dev.credcors.jaxrs;

import java.util.List;

/**
 * Implemented by the class the credcors processor generates for each annotated resource, named
 * after the resource with {@value #GENERATED_SUFFIX} appended (nested names joined with {@code _})
 * in the resource's package, with a public no-argument constructor. The runtime finds it by that
 * name when Jakarta REST reports the resource at start-up; nothing is looked up per request.
 */
public interface CorsEndpoints {

  /** Appended to the resource's simple name(s) to name the generated class. */
  String GENERATED_SUFFIX = "_CredentialedCors";

  /** One entry per resource method governed by a {@code @CredentialedCors} policy. */
  List<CorsEndpoint> endpoints();
}
