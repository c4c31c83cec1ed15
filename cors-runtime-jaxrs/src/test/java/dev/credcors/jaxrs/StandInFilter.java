package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The body of what the processor generates, written once by hand for the unit tests' stand-in
 * generated classes, which add only their {@code endpoints()} table and constructor.
 */
abstract class StandInFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private final CorsEndpoint endpoint;

  StandInFilter(CorsEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** The endpoint this instance was made for, so a test can see which one was bound. */
  CorsEndpoint endpoint() {
    return endpoint;
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
