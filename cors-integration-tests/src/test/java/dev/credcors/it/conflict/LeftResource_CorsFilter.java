package dev.credcors.it.conflict;

import dev.credcors.jaxrs.CorsEndpoint;
import dev.credcors.jaxrs.CorsFilters;
import dev.credcors.jaxrs.CorsPolicy;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;

/**
 * HAND-WRITTEN on purpose, in the generated shape: what the processor produced for {@link
 * LeftResource} in its own jar. The other side's policy differs, which only start-up can see.
 */
public final class LeftResource_CorsFilter
    implements ContainerRequestFilter, ContainerResponseFilter {

  private static final CorsPolicy POLICY =
      CorsPolicy.builder()
          .exactOrigins("https://left.example.com")
          .allowHeaders("Content-Type")
          .maxAge(600)
          .vary("Origin")
          .build();

  private final CorsEndpoint endpoint;

  public LeftResource_CorsFilter(CorsEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  public static List<CorsEndpoint> endpoints() {
    return List.of(CorsEndpoint.of("get()", "GET", "/shared/{id}", "GET", POLICY));
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
