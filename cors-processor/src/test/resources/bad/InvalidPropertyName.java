// credcors: invalid-property-name
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = "https://app.example.com",
    originsProperty = "${app.cors.origins}")
public class InvalidPropertyName {
  @GET
  public String get() {
    return "profile";
  }

  @DELETE
  @CredentialedCors(originPatternsProperty = "app cors admin patterns")
  public void delete() {}
}
