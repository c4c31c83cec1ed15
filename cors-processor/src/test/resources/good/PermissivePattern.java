package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://app\\.example\\.com$",
      "^https://[a-z0-9-]+\\.example\\.com$",
      "^https://app\\.example\\.(com|org)$",
      "^https://example\\.(com|net)$",
      "^https://[a-z0-9-]+\\.example\\.org$"
    })
public class PermissivePattern {
  @GET
  public String get() {
    return "profile";
  }
}
