package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Only the admin front end may delete; everything else follows the class policy. */
@Path("/api/documents")
@CredentialedCors(origins = "https://app.example.com")
public class MethodLevelPolicy {
  @GET
  public String list() {
    return "[]";
  }

  @DELETE
  @Path("{id}")
  @CredentialedCors(
      origins = {
        "https://admin.example.com"
      },
      methods = {
        "DELETE"
      })
  public void delete(@PathParam("id") String id) {}
}
