package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Same URLs as ConflictingItems and the same policy, so a preflight is unambiguous. */
@Path("/api/items/{itemId}")
@CredentialedCors(origins = "https://shop.example.com")
public class ConflictingItemsAdmin {
  @GET
  public String get(@PathParam("itemId") String itemId) {
    return itemId;
  }
}
