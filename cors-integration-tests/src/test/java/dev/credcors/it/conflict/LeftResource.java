package dev.credcors.it.conflict;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * Stands for a resource from a separately compiled jar: it carries no annotation here, so the
 * processor (which catches conflicts within one compilation) never sees it, and its policy comes
 * from the hand-written {@link LeftResource_CorsFilter}.
 */
@Path("/shared/{id}")
public class LeftResource {
  @GET
  @Produces("application/json")
  public String get() {
    return "Left";
  }
}
