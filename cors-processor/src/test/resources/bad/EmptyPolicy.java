// credcors: empty-policy
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    allowHeaders = {"Content-Type", "Authorization"})
public class EmptyPolicy {
  @GET
  public String get() {
    return "profile";
  }
}
