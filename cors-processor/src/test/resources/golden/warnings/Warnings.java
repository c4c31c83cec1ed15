package warnings;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A warning on a method policy, suppressed by tag on the method or on the enclosing class. */
public final class Warnings {
  private Warnings() {}

  /** Not suppressed. */
  @Path("/loud")
  public static class Loud {
    @GET
    @CredentialedCors(origins = "https://app.example.com", maxAge = 86400)
    public String get() {
      return "";
    }
  }

  /** Suppressed on the method itself. */
  @Path("/quiet-method")
  public static class QuietMethod {
    @GET
    @SuppressWarnings("credcors:max-age-capped")
    @CredentialedCors(origins = "https://app.example.com", maxAge = 86400)
    public String get() {
      return "";
    }
  }

  /** Suppressed on the enclosing class. */
  @Path("/quiet-class")
  @SuppressWarnings({"unused", "credcors:max-age-capped"})
  public static class QuietClass {
    @DELETE
    @CredentialedCors(origins = "https://app.example.com", maxAge = 86400)
    public void delete() {}
  }
}
