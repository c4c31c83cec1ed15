package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.Path;

@Path("/api/parent")
public class SubResourceLocator {
  @Path("child")
  @CredentialedCors(origins = "https://app.example.com")
  public Object child() {
    return this;
  }
}
