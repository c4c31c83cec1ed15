package conflicts;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("api/items/")
public class ItemsAdmin {
  @GET
  @Path("/{key}")
  @CredentialedCors(origins = "https://admin.example.com")
  public String read(@PathParam("key") String key) {
    return key;
  }

  @DELETE
  @Path("/{key}")
  @CredentialedCors(origins = "https://admin.example.com", maxAge = 60)
  public void delete(@PathParam("key") String key) {}
}
