package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The old account page on www posts a form here; the write guard "got in the way". */
@Path("/api/account/email")
@CredentialedCors(
    origins = "https://app.example.com",
    refuseCrossSiteWrites = false) // expect warning: [cross-site-writes-allowed]
public class AccountEmailResource {

  @POST
  public void change(@FormParam("email") String email) {}
}
