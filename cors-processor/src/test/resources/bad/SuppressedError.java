// credcors: wildcard-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Errors cannot be suppressed: only warnings can. */
@Path("/api/profile")
@SuppressWarnings({"credcors:wildcard-origin", "all"})
@CredentialedCors(
    origins = {
      "*"
    })
public class SuppressedError {
  @GET
  public String get() {
    return "profile";
  }
}
