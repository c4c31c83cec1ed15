package dev.credcors.examples.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Turns away every request to an {@link Authenticated} resource that carries no valid session, as a
 * real service's authentication filter would. A CORS preflight never carries credentials (Fetch
 * standard, CORS-preflight request), so this filter would answer every preflight 401; credcors
 * answers preflights in a pre-matching filter that runs first, so the app needs no special case for
 * them.
 *
 * <p>{@code @Provider} is for stacks that find providers by scanning (Quarkus REST); Jersey and
 * RESTEasy take it from {@link ExampleApi#getClasses()}.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String user =
        Sessions.token(request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getCookies())
            .flatMap(Sessions::user)
            .orElse(null);
    if (user == null) {
      request.abortWith(
          Responses.json(Status.UNAUTHORIZED, Json.object("error", "sign in first"))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
              .build());
      return;
    }
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new SignedIn(user, secure));
  }

  /** The signed-in user, for resources to read through {@code @Context SecurityContext}. */
  private record SignedIn(String user, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return () -> user;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
