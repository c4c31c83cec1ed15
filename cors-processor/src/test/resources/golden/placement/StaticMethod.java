package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/static")
public class StaticMethod {
  @GET
  @CredentialedCors(origins = "https://app.example.com")
  public static String get() {
    return "";
  }
}
