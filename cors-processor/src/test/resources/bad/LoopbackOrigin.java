// credcors: loopback-origin
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "http://localhost:5173",
      "http://127.0.0.1:8080",
      "http://[::1]:3000"
    },
    originPatterns = {
      "^http://localhost:(5173|4173)$"
    })
public class LoopbackOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
