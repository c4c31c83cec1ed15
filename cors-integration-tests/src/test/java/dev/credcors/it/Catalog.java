package dev.credcors.it;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Holds a nested resource, whose generated class is named {@code Catalog_Entries_...}. */
public final class Catalog {

  private Catalog() {}

  /** A nested resource with a method whose parameters exercise the method key. */
  @Path("/catalog")
  @CredentialedCors(origins = "https://app.example.com")
  public static class Entries {

    @GET
    @Path("{id}")
    public String entry(
        @PathParam("id") long id,
        @QueryParam("tag") List<String> tags,
        @HeaderParam("X-Trace") String trace) {
      return "entry " + id + " " + tags;
    }
  }
}
