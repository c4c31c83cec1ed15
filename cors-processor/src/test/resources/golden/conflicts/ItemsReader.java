package conflicts;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/items")
@CredentialedCors(origins = "https://app.example.com")
public class ItemsReader {
  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return id;
  }
}
