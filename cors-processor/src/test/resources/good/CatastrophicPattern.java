package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://[a-z0-9]+\\.example\\.com$",
      "^https://[a-z0-9-]{1,63}\\.example\\.org$",
      "^https://[ab]+\\.example\\.net$",
      "^https://[a-z0-9-]+\\.example\\.dev$",
      "^https://[a-z0-9]+x\\.example\\.io$",
      "^https://[a-z][a-z0-9-]*\\.example\\.app$"
    })
public class CatastrophicPattern {
  @GET
  public String get() {
    return "profile";
  }
}
