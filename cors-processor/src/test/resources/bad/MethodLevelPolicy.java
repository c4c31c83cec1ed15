// credcors: null-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The class policy is fine; the method's own policy, which replaces it, is not. */
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
        "https://admin.example.com",
        "null"
      },
      methods = {
        "DELETE",
        "PUT"
      })
  public void delete(@PathParam("id") String id) {}
}
