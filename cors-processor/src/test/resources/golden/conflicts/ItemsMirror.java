package conflicts;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The same policy as ItemsReader on the same route: one answer for a preflight, no conflict. */
@Path("/api/items")
@CredentialedCors(origins = "https://app.example.com")
public class ItemsMirror {
  @GET
  @Path("{name}")
  public String byName(@PathParam("name") String name) {
    return name;
  }
}
