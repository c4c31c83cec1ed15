package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;

@CredentialedCors(origins = "https://app.example.com")
public class NoPath {
  @GET
  public String get() {
    return "";
  }
}
