package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/helpers")
public class MethodWithoutDesignator {
  @GET
  public String get() {
    return helper();
  }

  @CredentialedCors(origins = "https://app.example.com")
  public String helper() {
    return "";
  }
}
