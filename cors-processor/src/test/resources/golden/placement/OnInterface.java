package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/contract")
@CredentialedCors(origins = "https://app.example.com")
public interface OnInterface {
  @GET
  String get();
}
