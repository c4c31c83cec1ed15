package inventory;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Every policy here fails a rule: nothing may be listed as trusted. */
@Path("/api/broken")
@CredentialedCors(origins = "*")
public class Broken {

  @GET
  public String get() {
    return "";
  }

  @GET
  @Path("other")
  @CredentialedCors(originPatterns = "https://.*")
  public String other() {
    return "";
  }
}
