// credcors: duplicate-entry
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com", // first
      "https://admin.example.com",
      "https://app.example.com" // again
    })
public class DuplicateEntry {
  @GET
  public String get() {
    return "profile";
  }
}
