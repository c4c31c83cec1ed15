package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = "https://app.example.com",
    maxAge = 7200)
public class MaxAgeCapped {
  @GET
  public String get() {
    return "profile";
  }
}
