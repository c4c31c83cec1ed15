package dev.credcors.examples.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** JSON responses built by hand, so the example needs no JSON provider. */
final class Responses {

  private Responses() {}

  static Response.ResponseBuilder json(Status status, String body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
  }

  static Response error(Status status, String message) {
    return json(status, Json.object("error", message)).build();
  }
}
