package inventory;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A second resource for the inventory: patterns, private network, a method-level waiver. */
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
}
