package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** "Just make CORS work": any site may call this with the user's cookies. */
@Path("/api/feed")
@CredentialedCors(origins = "*") // expect: [wildcard-origin]
public class PublicFeedResource {

  @GET
  public String feed() {
    return "[]";
  }
}
