// credcors: misplaced-annotation
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;

/** Looks like a resource, but without @Path no request is ever routed to it. */
@CredentialedCors(origins = "https://app.example.com")
public class MisplacedOnClass {
  @GET
  public String get() {
    return "profile";
  }
}
