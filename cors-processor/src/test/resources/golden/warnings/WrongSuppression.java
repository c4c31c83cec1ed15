package warnings;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Suppressing another tag, or an error, changes nothing. */
@Path("/wrong")
@SuppressWarnings({"credcors:duplicate-entry", "credcors:wildcard-origin"})
@CredentialedCors(origins = {"https://app.example.com", "*"}, maxAge = 86400)
public class WrongSuppression {
  @GET
  public String get() {
    return "";
  }
}
