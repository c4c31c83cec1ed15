package dev.credcors.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * No policy, on a path that {@code ItemsResource}'s {@code /items/named/{name}} also matches. Its
 * class template is the more specific one, so Jakarta REST routes {@code /items/named/private}
 * here, and credcors must not answer a preflight to it with the items policy.
 */
@Path("/items/named/private")
public class PrivateNamedResource {

  @GET
  public String get() {
    return "private";
  }
}
