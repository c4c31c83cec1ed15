package dev.credcors.jaxrs;

import java.util.List;

/** What the processor would generate for {@link Sample}, written by hand for a unit test. */
public final class Sample_CorsFilter extends StandInFilter {

  private static final List<CorsEndpoint> ENDPOINTS =
      List.of(CorsEndpoint.of("get()", "GET", "/sample", "GET", Policies.APP));

  public Sample_CorsFilter(CorsEndpoint endpoint) {
    super(endpoint);
  }

  public static List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }
}
