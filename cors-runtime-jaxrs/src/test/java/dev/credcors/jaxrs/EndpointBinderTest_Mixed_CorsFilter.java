package dev.credcors.jaxrs;

import java.util.List;

/**
 * What the processor would generate for {@link EndpointBinderTest.Mixed} (a write without policy),
 * written by hand for a unit test.
 */
public final class EndpointBinderTest_Mixed_CorsFilter extends StandInFilter {

  private static final List<CorsEndpoint> ENDPOINTS =
      List.of(CorsEndpoint.of("get()", "GET", "/mixed", "GET", Policies.APP));

  public EndpointBinderTest_Mixed_CorsFilter(CorsEndpoint endpoint) {
    super(endpoint);
  }

  public static List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }
}
