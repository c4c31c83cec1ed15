package good;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/api/sso")
@CredentialedCors(origins = {"https://app.example.com", "https://login.example.com"})
public class CrossSiteWritesAllowed {
  @POST
  @Path("callback")
  public String callback(@FormParam("code") String code) {
    return "signed in";
  }

  @POST
  @Path("logout")
  @CredentialedCors(origins = "https://app.example.com", allowSameSiteWrites = true)
  public void logout() {}
}
