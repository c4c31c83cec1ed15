// credcors: catastrophic-pattern
package bad;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/profile")
@CredentialedCors(
    originPatterns = {
      "^https://([a-z0-9]+)+\\.example\\.com$",
      "^https://([a-z0-9]+-?){1,10}\\.example\\.org$",
      "^https://(a|ab|b)*\\.example\\.net$",
      "^https://([a-z]|[0-9]|-)*\\.example\\.dev$",
      "^https://[a-z]+\\w*[a-z0-9]*x\\.example\\.io$",
      "^https://[a-z]+[a-z0-9-]*\\.example\\.app$"
    })
public class CatastrophicPattern {
  @GET
  public String get() {
    return "profile";
  }
}
