package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

public class OnInner {
  @Path("/api/inner")
  @CredentialedCors(origins = "https://app.example.com")
  public class Inner {
    @GET
    public String get() {
      return "";
    }
  }
}
