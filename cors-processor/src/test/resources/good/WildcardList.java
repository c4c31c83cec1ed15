package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    origins = "https://app.example.com",
    methods = {"GET"},
    allowHeaders = {"Content-Type", "Authorization"},
    exposeHeaders = {"ETag", "Location"})
public class WildcardList {
  @GET
  public String get() {
    return "profile";
  }
}
