package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A development-only resource whose author has accepted the cleartext loopback origin. */
@Path("/dev/profile")
@SuppressWarnings("credcors:loopback-origin")
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "http://localhost:5173"
    })
public class SuppressedLoopbackOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
