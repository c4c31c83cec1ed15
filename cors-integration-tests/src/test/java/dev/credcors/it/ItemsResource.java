package dev.credcors.it;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** A resource under a class-level policy, with one method-level override. */
@Path("/items")
@CredentialedCors(
    origins = "https://app.example.com",
    originPatterns = "^https://[a-z0-9-]+\\.preview\\.example\\.com$",
    allowHeaders = {"Content-Type", "X-CSRF-Token"},
    exposeHeaders = "X-Request-Id")
public class ItemsResource {

  @GET
  public String list() {
    return "items";
  }

  @POST
  public String create(String body) {
    return "created " + body;
  }

  @GET
  @Path("{id: [0-9]+}")
  public String byId(@PathParam("id") long id) {
    return "item " + id;
  }

  @DELETE
  @Path("{id: [0-9]+}")
  public void delete(@PathParam("id") long id) {}

  @GET
  @Path("named/{name}")
  public String byName(@PathParam("name") String name) {
    return "named " + name;
  }

  @GET
  @Path("fail")
  public String fail() {
    throw new ItemFailure("no such item");
  }

  /** Resource code that tries its own, wrong, CORS headers. */
  @GET
  @Path("self-cors")
  public Response selfCors() {
    return Response.ok("self")
        .header("Access-Control-Allow-Origin", "*")
        .header("Access-Control-Allow-Credentials", "false")
        .header("Access-Control-Allow-Methods", "PUT")
        .header("Access-Control-Expose-Headers", "Set-Cookie")
        .build();
  }

  @GET
  @Path("varied")
  public Response varied() {
    return Response.ok("varied").header("Vary", "Accept-Encoding").build();
  }

  /** A method-level policy replaces the class-level one for this method. */
  @GET
  @Path("admin")
  @CredentialedCors(origins = "https://admin.example.com", allowHeaders = "Authorization")
  public String admin() {
    return "admin";
  }
}
