package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = {
      "https://app.example.com",
      "https://localhost:5173",
      "https://127.0.0.1:8443"
    })
public class LoopbackOrigin {
  @GET
  public String get() {
    return "profile";
  }
}
