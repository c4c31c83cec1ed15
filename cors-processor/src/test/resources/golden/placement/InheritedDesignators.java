package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.Path;

/** Jakarta REST 3.6: annotations on an implemented interface method and a superclass method. */
@Path("/api/inherited")
@CredentialedCors(origins = "https://app.example.com")
public class InheritedDesignators extends InheritedBase implements InheritedContract {

  @Override
  public String get() {
    return "";
  }
}
