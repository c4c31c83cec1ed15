// credcors: invalid-token
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = "https://app.example.com",
    methods = {
      "GET",
      "GET POST",
      "get"
    },
    allowHeaders = {
      "Content-Type",
      "X-Csrf Token",
      ""
    },
    exposeHeaders = {
      "X-Request-Id:"
    },
    vary = {
      "Origin",
      "Accept Encoding"
    })
public class InvalidToken {
  @GET
  public String get() {
    return "profile";
  }
}
