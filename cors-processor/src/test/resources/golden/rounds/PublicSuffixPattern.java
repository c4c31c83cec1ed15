package rounds;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A pattern whose check consults the Public Suffix List. */
@Path("/api/pages")
@CredentialedCors(originPatterns = "^https://[a-z0-9-]+\\.github\\.io$")
public class PublicSuffixPattern {
  @GET
  public String get() {
    return "";
  }
}
