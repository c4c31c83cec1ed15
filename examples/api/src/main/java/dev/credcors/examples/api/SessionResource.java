package dev.credcors.examples.api;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * Signing in and out. The front end posts JSON credentials and gets back both a session cookie and
 * the same token to use as a bearer token; either one authenticates later calls.
 */
@Path("/api/session")
@CredentialedCors(
    origins = FrontEnds.APP,
    originsProperty = FrontEnds.APP_ORIGINS,
    originPatterns = FrontEnds.APP_PREVIEWS,
    allowHeaders = {"Content-Type", "Authorization"})
@SuppressWarnings("credcors:loopback-origin") // development origins, see FrontEnds
public class SessionResource {

  /** {@code POST /api/session} with {@code {"user": "...", "password": "..."}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response signIn(String body) {
    String user = Json.stringField(body, "user").orElse("");
    if (!Accounts.verify(user, Json.stringField(body, "password").orElse(null))) {
      return Responses.error(Status.UNAUTHORIZED, "unknown user or wrong password");
    }
    String token = Sessions.open(user);
    return Responses.json(Status.OK, Json.object("user", user, "token", token))
        .header(HttpHeaders.SET_COOKIE, Sessions.cookie(token))
        .build();
  }

  /** {@code DELETE /api/session}: ends the session the request authenticates with. */
  @DELETE
  @Authenticated
  public Response signOut(@Context HttpHeaders headers) {
    Sessions.token(headers.getHeaderString(HttpHeaders.AUTHORIZATION), headers.getCookies())
        .ifPresent(Sessions::close);
    return Response.noContent().header(HttpHeaders.SET_COOKIE, Sessions.expiredCookie()).build();
  }
}
