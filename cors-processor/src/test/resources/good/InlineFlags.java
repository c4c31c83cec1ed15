package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://app\\.example\\.com$",
      "^https://app\\.example\\.org$",
      "^https://app\\.example\\.net$",
      "(?i)^https://app\\.example\\.dev$"
    })
public class InlineFlags {
  @GET
  public String get() {
    return "profile";
  }
}
