package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Orders, with the app's policy. */
@Path("/api/orders")
@CredentialedCors(origins = "https://app.example.com") // expect: [conflicting-policies]
public class OrdersResource {

  @GET
  public String list() {
    return "[]";
  }
}
