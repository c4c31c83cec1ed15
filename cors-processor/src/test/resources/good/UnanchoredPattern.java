package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/orders")
@CredentialedCors(
    originPatterns = {
      "^https://shop\\.example\\.com$",
      "^https://[a-z0-9-]+\\.example\\.com$"
    })
public class UnanchoredPattern {
  @GET
  public String list() {
    return "[]";
  }
}
