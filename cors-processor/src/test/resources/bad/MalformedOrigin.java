// credcors: malformed-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com/",
      "HTTPS://Admin.Example.com",
      "https://shop.example.com:443",
      "https://docs.example.com/api",
      "https://user@billing.example.com",
      "ftp://files.example.com",
      "https://bücher.example",
      "https:// spaces.example.com",
      "https://"
    })
public class MalformedOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
