package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;

public class MethodInClassWithoutPath {
  @GET
  @CredentialedCors(origins = "https://app.example.com")
  public String get() {
    return "";
  }
}
