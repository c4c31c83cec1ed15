package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/orders")
@CredentialedCors(
    originPatterns = {
      "^https://(shop|admin)\\.example\\.com$"
    })
public class TopLevelAlternation {
  @GET
  public String list() {
    return "[]";
  }
}
