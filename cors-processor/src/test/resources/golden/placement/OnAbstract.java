package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/base")
@CredentialedCors(origins = "https://app.example.com")
public abstract class OnAbstract {
  @GET
  public abstract String get();
}
