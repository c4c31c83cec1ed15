// credcors: wildcard-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://[a-z0-9-]+\\.example\\.com$",
      ".*"
    })
public class WildcardPattern {
  @GET
  public String get() {
    return "profile";
  }
}
