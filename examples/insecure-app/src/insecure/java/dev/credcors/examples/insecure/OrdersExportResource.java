package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Added later by another team: serves the same GET /api/orders under a different policy. */
@Path("/api")
public class OrdersExportResource {

  @GET
  @Path("orders")
  @CredentialedCors(origins = "https://reports.example.com") // expect: [conflicting-policies]
  public String export() {
    return "[]";
  }
}
