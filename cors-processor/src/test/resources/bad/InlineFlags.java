// credcors: inline-flags
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "(?m)^https://app\\.example\\.com$",
      "(?s)^https://app\\.example\\.org$",
      "(?x) ^https:// app \\. example \\. net $",
      "^https://app\\.(?i)example\\.dev$"
    })
public class InlineFlags {
  @GET
  public String get() {
    return "profile";
  }
}
