package dev.credcors.bench.resources;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The benchmarked resource with one subdomain pattern and no exact origins. */
@Path("/pattern/items/{id}")
@CredentialedCors(
    originPatterns = Inputs.SUBDOMAIN_PATTERN,
    allowHeaders = {"Content-Type", "Authorization"})
public class PatternResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String get(@PathParam("id") String id) {
    return id;
  }

  @DELETE
  public void delete(@PathParam("id") String id) {}
}
