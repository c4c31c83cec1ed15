package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/items/{id}")
@CredentialedCors(origins = "https://shop.example.com")
public class ConflictingItems {
  @GET
  public String get(@PathParam("id") String id) {
    return id;
  }
}
