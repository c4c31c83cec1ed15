package dev.credcors.it;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Sets the session cookies a cross-site front end needs, some of them the way browsers drop. */
@Path("/cookies")
@CredentialedCors(origins = "https://app.example.com")
public class CookieResource {

  /** The value no log line may ever show. */
  static final String SECRET = "SECRET-COOKIE-VALUE";

  /** No SameSite (so Lax), and a __Host- cookie scoped to a path: both dropped or withheld. */
  @GET
  @Path("broken")
  public Response broken() {
    return Response.ok("broken")
        .cookie(new NewCookie.Builder("sid").value(SECRET).path("/").httpOnly(true).build())
        .header("Set-Cookie", "__Host-csrf=" + SECRET + "; Path=/app; Secure; SameSite=None")
        .build();
  }

  /** What a cross-site session cookie must look like. */
  @GET
  @Path("good")
  public Response good() {
    return Response.ok("good")
        .header(
            "Set-Cookie",
            "sid=" + SECRET + "; Path=/; Secure; HttpOnly; SameSite=None; Partitioned")
        .build();
  }
}
