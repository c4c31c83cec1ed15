package dev.credcors.examples.api;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;

/** The signed-in user's profile: the data an attacker's page must never read or change. */
@Path("/api/profile")
@Authenticated
@CredentialedCors(
    origins = FrontEnds.APP,
    originsProperty = FrontEnds.APP_ORIGINS,
    originPatterns = FrontEnds.APP_PREVIEWS,
    allowHeaders = {"Content-Type", "Authorization"})
@SuppressWarnings("credcors:loopback-origin") // development origins, see FrontEnds
public class ProfileResource {

  @Context SecurityContext security;

  /** {@code GET /api/profile}. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response read() {
    return Responses.json(Status.OK, profile(user())).build();
  }

  /** {@code PUT /api/profile} with {@code {"displayName": "..."}}: a state-changing call. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response update(String body) {
    String displayName = Json.stringField(body, "displayName").map(String::strip).orElse("");
    if (displayName.isEmpty() || displayName.length() > 64) {
      return Responses.error(Status.BAD_REQUEST, "displayName must have 1 to 64 characters");
    }
    Accounts.rename(user(), displayName);
    return Responses.json(Status.OK, profile(user())).build();
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }

  private static String profile(String user) {
    return Json.object("user", user, "displayName", Accounts.displayName(user).orElse(user));
  }
}
