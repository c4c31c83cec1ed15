package dev.credcors.jaxrs;

import java.util.List;

/** A class with a generated filter's name that is not a filter: the runtime must say so. */
public final class EndpointBinderTest_NotAFilterResource_CorsFilter {
  public static List<CorsEndpoint> endpoints() {
    return List.of();
  }
}
