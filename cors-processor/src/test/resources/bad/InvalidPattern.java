// credcors: invalid-pattern
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://(app\\.example\\.com$",
      "^https://[a-z\\.example\\.org$",
      "^https://app\\.example\\.net{2,1}$"
    })
public class InvalidPattern {
  @GET
  public String get() {
    return "profile";
  }
}
