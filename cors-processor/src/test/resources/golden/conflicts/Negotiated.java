package conflicts;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** Two GETs on one path told apart by media type, under different policies. */
@Path("/api/report")
@CredentialedCors(origins = "https://app.example.com")
public class Negotiated {
  @GET
  @Produces("application/json")
  public String json() {
    return "{}";
  }

  @GET
  @Produces("text/csv")
  @CredentialedCors(origins = "https://reports.example.com")
  public String csv() {
    return "";
  }
}
