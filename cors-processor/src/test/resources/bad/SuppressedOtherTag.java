// credcors: loopback-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Suppresses a different rule, so the loopback warning still shows. */
@Path("/dev/profile")
@SuppressWarnings({"credcors:max-age-capped", "credcors:loopback"})
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "http://localhost:5173"
    })
public class SuppressedOtherTag {
  @GET
  public String get() {
    return "profile";
  }
}
