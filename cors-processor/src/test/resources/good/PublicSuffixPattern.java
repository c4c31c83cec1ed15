package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://example-org\\.github\\.io$",
      "^https://[a-z0-9-]+\\.example-app\\.herokuapp\\.com$",
      "^https://[a-z0-9-]+\\.example\\.co\\.uk$"
    })
public class PublicSuffixPattern {
  @GET
  public String get() {
    return "profile";
  }
}
