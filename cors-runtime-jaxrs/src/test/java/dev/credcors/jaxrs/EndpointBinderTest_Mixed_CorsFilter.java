package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;

/**
 * What the processor would generate for {@link EndpointBinderTest.Mixed} (a write without policy),
 * written by hand for a unit test.
 */
public final class EndpointBinderTest_Mixed_CorsFilter
    implements ContainerRequestFilter, ContainerResponseFilter {

  private static final List<CorsEndpoint> ENDPOINTS =
      List.of(CorsEndpoint.of("get()", "GET", "/mixed", "GET", Policies.APP));

  private final CorsEndpoint endpoint;

  public EndpointBinderTest_Mixed_CorsFilter(CorsEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  public static List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    CorsFilters.guardWrites(endpoint, request);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    CorsFilters.decorateResponse(endpoint, request, response);
  }
}
