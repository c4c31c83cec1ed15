// credcors: cleartext-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "http://app.example.com"
    },
    originPatterns = {
      "^https?://admin\\.example\\.com$",
      "^http://[a-z0-9-]+\\.example\\.com$"
    })
public class CleartextOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
