package dev.credcors.bench.resources;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The benchmarked resource with a two-origin allowlist. The allowed input origin, {@value
 * Inputs#ALLOWED_ORIGIN}, sits at index {@code n / 2} of every allowlist, the average position for
 * an implementation that scans a list.
 */
@Path("/o2/items/{id}")
@CredentialedCors(
    origins = {"https://site0.example.net", Inputs.ALLOWED_ORIGIN},
    allowHeaders = {"Content-Type", "Authorization"})
public class TwoOriginsResource {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String get(@PathParam("id") String id) {
    return id;
  }

  @DELETE
  public void delete(@PathParam("id") String id) {}
}
