// credcors: public-suffix-pattern
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://[a-z0-9-]+\\.github\\.io$",
      "^https://[a-z0-9-]+\\.herokuapp\\.com$",
      "^https://[a-z0-9-]+\\.co\\.uk$"
    })
public class PublicSuffixPattern {
  @GET
  public String get() {
    return "profile";
  }
}
