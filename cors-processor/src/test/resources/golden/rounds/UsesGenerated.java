package rounds;

import dev.credcors.CredentialedCors;
import gen.Dto;
import gen.Origins;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Refers to a type and a constant that another processor generates in the first round. */
@Path("/api/generated")
@CredentialedCors(origins = Origins.APP)
public class UsesGenerated {
  @POST
  public String create(Dto dto) {
    return String.valueOf(dto);
  }
}
