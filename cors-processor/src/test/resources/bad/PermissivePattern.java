// credcors: permissive-pattern
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://app.example\\.com$",
      "^https://[a-z.-]*example\\.com$",
      "^https://app\\.example\\.com[a-z.]*$",
      "^https://example\\.[a-z]+$",
      "^https://.*\\.example\\.org$",
      "^https://shop\\.example\\.com?$",
      "^https://api\\.example\\.com:443[0-9]?$"
    })
public class PermissivePattern {
  @GET
  public String get() {
    return "profile";
  }
}
