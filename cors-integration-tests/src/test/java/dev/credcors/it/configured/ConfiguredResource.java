package dev.credcors.it.configured;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Origins from configuration: the class policy adds {@code it.cors.origins} to a literal origin,
 * the method policy takes its patterns from {@code it.cors.admin-patterns} alone. The loopback
 * warning is suppressed in source, so it is suppressed at start-up too.
 */
@Path("/configured")
@SuppressWarnings("credcors:loopback-origin")
@CredentialedCors(origins = "https://app.example.com", originsProperty = "it.cors.origins")
public class ConfiguredResource {

  @GET
  public String read() {
    return "configured";
  }

  @POST
  public String write(String body) {
    return "wrote " + body;
  }

  @DELETE
  @Path("{id}")
  @CredentialedCors(originPatternsProperty = "it.cors.admin-patterns")
  public void delete(@PathParam("id") String id) {}
}
