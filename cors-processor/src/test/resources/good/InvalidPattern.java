package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://(app)\\.example\\.com$",
      "^https://[a-z]+\\.example\\.org$",
      "^https://app\\.example\\.net$"
    })
public class InvalidPattern {
  @GET
  public String get() {
    return "profile";
  }
}
