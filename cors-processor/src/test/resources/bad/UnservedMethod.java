// credcors: unserved-method
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/api/comments")
@CredentialedCors(
    origins = "https://app.example.com",
    methods = {
      "GET",
      "POST",
      "DELETE"
    })
public class UnservedMethod {
  @GET
  public String list() {
    return "[]";
  }

  @POST
  public void add(String comment) {}
}
