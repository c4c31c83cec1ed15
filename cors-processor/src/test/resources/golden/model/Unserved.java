package model;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Lists a method no resource method under the policy serves. */
@Path("/api/unserved")
@CredentialedCors(origins = "https://app.example.com", methods = {"GET", "PATCH"})
public class Unserved {
  @GET
  public String get() {
    return "";
  }
}
