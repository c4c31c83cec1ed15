// credcors: missing-vary
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = "https://app.example.com",
    vary = {"Accept-Encoding", "Accept-Language"})
public class MissingVary {
  @GET
  public String get() {
    return "profile";
  }
}
