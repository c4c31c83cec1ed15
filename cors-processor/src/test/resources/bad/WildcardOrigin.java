// credcors: wildcard-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "*"
    })
public class WildcardOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
