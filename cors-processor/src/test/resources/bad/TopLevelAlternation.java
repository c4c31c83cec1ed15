// credcors: unanchored-pattern
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/orders")
@CredentialedCors(
    originPatterns = {
      "^https://shop\\.example\\.com|https://admin\\.example\\.com$"
    })
public class TopLevelAlternation {
  @GET
  public String list() {
    return "[]";
  }
}
