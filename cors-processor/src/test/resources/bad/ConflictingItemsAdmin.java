// credcors: conflicting-policies
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Same template as ConflictingItems with another variable name: the same URLs. */
@Path("/api/items/{itemId}")
@CredentialedCors(origins = "https://admin.example.com")
public class ConflictingItemsAdmin {
  @GET
  public String get(@PathParam("itemId") String itemId) {
    return itemId;
  }
}
