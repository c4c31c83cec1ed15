package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;

/**
 * What the processor would generate for {@link EndpointBinderTest.Writing} (every write governed),
 * written by hand for a unit test.
 */
public final class EndpointBinderTest_Writing_CorsFilter
    implements ContainerRequestFilter, ContainerResponseFilter {

  private static final List<CorsEndpoint> ENDPOINTS =
      List.of(
          CorsEndpoint.of("get()", "GET", "/writing", "GET, DELETE", Policies.APP),
          CorsEndpoint.of("remove()", "DELETE", "/writing", "GET, DELETE", Policies.APP));

  private final CorsEndpoint endpoint;

  public EndpointBinderTest_Writing_CorsFilter(CorsEndpoint endpoint) {
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
