package dev.credcors.it.conflict;

import dev.credcors.jaxrs.CorsEndpoint;
import dev.credcors.jaxrs.CorsFilters;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The two filter methods every generated filter has, for the hand-written stand-ins of this
 * package; each stand-in adds what differs: its policy, its {@code endpoints()} and constructor.
 */
abstract class HandWrittenFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private final CorsEndpoint endpoint;

  HandWrittenFilter(CorsEndpoint endpoint) {
    this.endpoint = endpoint;
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
