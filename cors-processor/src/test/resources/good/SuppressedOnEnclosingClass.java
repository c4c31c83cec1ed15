package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** @SuppressWarnings on a class covers the methods it encloses, as for javac's own warnings. */
@Path("/dev/settings")
@SuppressWarnings({"unchecked", "credcors:max-age-capped"})
public class SuppressedOnEnclosingClass {
  @GET
  @CredentialedCors(
      origins = "https://app.example.com",
      maxAge = 86400)
  public String get() {
    return "settings";
  }
}
