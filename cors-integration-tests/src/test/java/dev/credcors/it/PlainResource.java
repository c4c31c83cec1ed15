package dev.credcors.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** No policy: credcors must leave it alone. */
@Path("/plain")
public class PlainResource {

  @GET
  public String get() {
    return "plain";
  }

  @POST
  public String post(String body) {
    return "plain " + body;
  }
}
