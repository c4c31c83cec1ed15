package com.example.shop;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;

/** A representative resource for the golden test: nested, class and method policies. */
public final class Shop {
  private Shop() {}

  /** Items of the shop; one policy for the front ends, a stricter one for deleting. */
  @Path("/api/items/")
  @CredentialedCors(
      origins = {"https://app.example.com", "https://admin.example.com:8443"},
      originPatterns = "^https://[a-z0-9-]+\\.preview\\.example\\.com$",
      originsProperty = "shop.cors.origins",
      allowHeaders = {"Content-Type", "Authorization", "content-type"},
      exposeHeaders = "ETag")
  @SuppressWarnings("credcors:duplicate-entry") // the generated header list holds it once
  public static class ItemResource {

    @GET
    public List<String> list(@QueryParam("q") String query) {
      return List.of(query);
    }

    @POST
    @Consumes("application/json")
    public String create(String body) {
      return body;
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
      return Long.toString(id);
    }

    @PUT
    @Path("/{key: [0-9]+}/")
    public String replace(@PathParam("key") long id, String body) {
      return id + body;
    }

    @PATCH
    @Path("{id: [0-9]+}")
    public void patch(@PathParam("id") long id, Map<String, String> changes) {}

    @DELETE
    @Path("{id: [0-9]+}")
    @CredentialedCors(origins = "https://admin.example.com:8443", maxAge = 60)
    public void deleteItem(@PathParam("id") long id) {}

    @GET
    @Path("{id}/tags")
    public String[] tags(@PathParam("id") String id, @QueryParam("tag") String... tags) {
      return tags;
    }

    @GET
    @Path("{id}/owner")
    public Owner owner(@PathParam("id") Owner.Key key, int[][] unused) {
      return new Owner();
    }

    /** A sub-resource locator: not a resource method, so no policy governs it. */
    @Path("reviews")
    public Object reviews() {
      return this;
    }
  }

  /** A nested type for the {@code $} binary name in a method key. */
  public static final class Owner {
    /** The key of an owner. */
    public static final class Key {}
  }
}
