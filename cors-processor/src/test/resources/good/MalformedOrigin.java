package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "https://admin.example.com",
      "https://shop.example.com:8443",
      "https://docs.example.com",
      "https://billing.example.com",
      "https://files.example.com",
      "https://xn--bcher-kva.example"
    })
public class MalformedOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
