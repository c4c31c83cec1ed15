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
        // The constructor, not NewCookie.Builder (Jakarta REST 3.1+), so that the relocated suite
        // runs on JAX-RS 2.1 too: the cookie travels as a NewCookie object in the header map.
        .cookie(
            new NewCookie("sid", SECRET, "/", null, null, NewCookie.DEFAULT_MAX_AGE, false, true))
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
