// credcors: max-age-capped
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = "https://app.example.com",
    maxAge = 86400)
public class MaxAgeCapped {
  @GET
  public String get() {
    return "profile";
  }
}
