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
      "https://xn--bcher-kva.example",
      "https://app.example.com:9443",
      "https://192.168.1.1",
      "https://[2001:db8::1]",
      "https://xn--mnchen-3ya.example"
    })
public class MalformedOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
