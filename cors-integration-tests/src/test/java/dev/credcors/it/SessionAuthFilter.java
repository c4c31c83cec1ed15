package dev.credcors.it;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A typical cookie authentication filter: every request without a {@code session} cookie gets a
 * 401. A browser never sends cookies on a preflight, so this would reject every preflight if
 * credcors did not answer them first.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionAuthFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.getCookies().containsKey("session")) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED).entity("login").build());
    }
  }
}
