package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/accounts")
public class MisplacedOnMethod {
  @GET
  @CredentialedCors(origins = "https://helper.example.com")
  public String list() {
    return "[]";
  }

  @GET
  @Path("{id}")
  @CredentialedCors(origins = "https://locator.example.com")
  public String account(@PathParam("id") String id) {
    return id;
  }
}
