// credcors: null-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "null"
    },
    originPatterns = {
      "^(null|https://admin\\.example\\.com)$"
    })
public class NullOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
