// credcors: misplaced-annotation
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/accounts")
public class MisplacedOnMethod {
  @GET
  public String list() {
    return "[]";
  }

  /** A helper, not a resource method: it has no HTTP method designator. */
  @CredentialedCors(origins = "https://helper.example.com")
  public String render(String account) {
    return account;
  }

  /** A sub-resource locator: @Path alone does not make it a resource method. */
  @Path("{id}")
  @CredentialedCors(origins = "https://locator.example.com")
  public Object account(@PathParam("id") String id) {
    return id;
  }
}
