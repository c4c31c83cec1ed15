package dev.credcors.it;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * What Jersey's {@code HttpMethodOverrideFilter} and similar filters do, on any implementation: a
 * {@code POST} takes the method named by {@code X-HTTP-Method-Override} or the {@code _method}
 * query parameter before matching. A form can set {@code _method}, so this must not let a forged
 * write pass as a read.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR + 50)
public class MethodOverrideFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    String override = request.getHeaderString("X-HTTP-Method-Override");
    if (override == null) {
      override = request.getUriInfo().getQueryParameters().getFirst("_method");
    }
    if (override != null) {
      request.setMethod(override);
    }
  }
}
