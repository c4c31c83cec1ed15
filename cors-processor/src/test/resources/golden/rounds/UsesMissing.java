package rounds;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Refers to a type nobody ever generates. */
@Path("/api/missing")
@CredentialedCors(origins = "https://app.example.com")
public class UsesMissing {
  @POST
  public String create(Nowhere body) {
    return String.valueOf(body);
  }
}
