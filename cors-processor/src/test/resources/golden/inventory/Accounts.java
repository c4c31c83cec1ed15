package inventory;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A second resource for the inventory: patterns, private network, method-level waivers, and the
 * write guard turned off and relaxed.
 */
@Path("/api/accounts")
@CredentialedCors(
    origins = "https://app.example.com",
    originPatterns = "^https://(?:eu|us)\\.console\\.example\\.com$",
    originPatternsProperty = "accounts.cors.console-patterns",
    exposeHeaders = {"ETag", "Location"},
    allowPrivateNetwork = true)
public class Accounts {

  @GET
  @Path("{id}")
  public String get(@PathParam("id") String id) {
    return id;
  }

  @POST
  public String open(String body) {
    return body;
  }

  @GET
  @Path("{id}/statements")
  @SuppressWarnings("credcors:loopback-origin") // the statements UI is developed locally
  @CredentialedCors(
      origins = {"https://app.example.com", "http://localhost:5173"},
      maxAge = 7200)
  public String statements(@PathParam("id") String id) {
    return id;
  }

  @POST
  @Path("sso/callback")
  @SuppressWarnings("credcors:cross-site-writes-allowed") // the identity provider's form_post
  @CredentialedCors(origins = "https://app.example.com", refuseCrossSiteWrites = false)
  public String ssoCallback(String form) {
    return form;
  }

  @POST
  @Path("{id}/close")
  @CredentialedCors(origins = "https://app.example.com", allowSameSiteWrites = true)
  public String close(@PathParam("id") String id) {
    return id;
  }
}
