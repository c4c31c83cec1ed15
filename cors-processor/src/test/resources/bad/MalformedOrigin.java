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
      "https://",
      "https://app.example.com?tab=1",
      "https://app.example.com#top",
      "https://app.example.com:99999",
      "https://192.168.001.1",
      "https://[2001:db8:0:0:0:0:0:1]",
      "https://app.example.com.",
      "https://xn--zz.example",
      "https://app\u0007.example.com",
      "https://app!.example.com",
      "https://app..example.com",
      "https://*.example.com",
      "app.example.com"
    })
public class MalformedOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
