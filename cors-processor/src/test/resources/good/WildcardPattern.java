package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://[a-z0-9-]+\\.example\\.com$",
      "^https://[a-z0-9-]+\\.example\\.org$"
    })
public class WildcardPattern {
  @GET
  public String get() {
    return "profile";
  }
}
