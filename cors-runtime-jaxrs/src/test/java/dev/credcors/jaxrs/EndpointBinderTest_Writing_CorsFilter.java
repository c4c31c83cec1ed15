package dev.credcors.jaxrs;

import java.util.List;

/**
 * What the processor would generate for {@link EndpointBinderTest.Writing} (every write governed),
 * written by hand for a unit test.
 */
public final class EndpointBinderTest_Writing_CorsFilter extends StandInFilter {

  private static final List<CorsEndpoint> ENDPOINTS =
      List.of(
          CorsEndpoint.of("get()", "GET", "/writing", "GET, DELETE", Policies.APP),
          CorsEndpoint.of("remove()", "DELETE", "/writing", "GET, DELETE", Policies.APP));

  public EndpointBinderTest_Writing_CorsFilter(CorsEndpoint endpoint) {
    super(endpoint);
  }

  public static List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }
}
