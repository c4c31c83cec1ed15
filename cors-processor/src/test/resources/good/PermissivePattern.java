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
      "^https://[a-z0-9-]+\\.example\\.org$",
      "^https://shop\\.example\\.(com|co)$",
      "^https://api\\.example\\.com(:4430)?$"
    })
public class PermissivePattern {
  @GET
  public String get() {
    return "profile";
  }
}
