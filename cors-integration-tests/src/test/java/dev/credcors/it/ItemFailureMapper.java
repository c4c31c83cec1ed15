package dev.credcors.it;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps {@link ItemFailure} to a 500 with a body, as applications commonly do. */
@Provider
public class ItemFailureMapper implements ExceptionMapper<ItemFailure> {
  @Override
  public Response toResponse(ItemFailure failure) {
    return Response.serverError().entity("failed: " + failure.getMessage()).build();
  }
}
