package dev.credcors.examples.api;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The shop's items. Anyone signed in may read them from the app; only the back-office console may
 * delete one, which a method-level policy says: it replaces the class policy for that method.
 */
@Path("/api/items")
@Authenticated
@CredentialedCors(
    origins = FrontEnds.APP,
    originsProperty = FrontEnds.APP_ORIGINS,
    originPatterns = FrontEnds.APP_PREVIEWS,
    allowHeaders = {"Content-Type", "Authorization"})
@SuppressWarnings("credcors:loopback-origin") // development origins, see FrontEnds
public class ItemsResource {

  private static final Map<Long, String> ITEMS =
      new ConcurrentSkipListMap<>(
          Map.of(7L, "Pocket watch", 42L, "Blue teapot", 99L, "Croquet mallet"));

  /** {@code GET /api/items}. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    return Json.array(ITEMS.entrySet().stream().map(e -> item(e.getKey(), e.getValue())).toList());
  }

  /** {@code GET /api/items/42}: a path parameter constrained to digits. */
  @GET
  @Path("{id: [0-9]+}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response get(@PathParam("id") long id) {
    String name = ITEMS.get(id);
    return name == null
        ? Responses.error(Status.NOT_FOUND, "no item " + id)
        : Responses.json(Status.OK, item(id, name)).build();
  }

  /** {@code DELETE /api/items/42}: from the back-office console only. */
  @DELETE
  @Path("{id: [0-9]+}")
  @CredentialedCors(
      origins = FrontEnds.ADMIN,
      originsProperty = FrontEnds.ADMIN_ORIGINS,
      allowHeaders = "Authorization")
  public Response delete(@PathParam("id") long id) {
    return ITEMS.remove(id) == null
        ? Responses.error(Status.NOT_FOUND, "no item " + id)
        : Response.noContent().build();
  }

  private static String item(long id, String name) {
    return Json.object("id", id, "name", name);
  }
}
