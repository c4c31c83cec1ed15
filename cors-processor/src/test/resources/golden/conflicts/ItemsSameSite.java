package conflicts;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** ItemsReader's origins on its route, but a different write guard: a different policy. */
@Path("/api/items")
@CredentialedCors(origins = "https://app.example.com", allowSameSiteWrites = true)
public class ItemsSameSite {
  @GET
  @Path("{code}")
  public String byCode(@PathParam("code") String code) {
    return code;
  }
}
