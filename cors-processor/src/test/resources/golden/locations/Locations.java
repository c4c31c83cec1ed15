package locations;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One diagnostic per shape of location: array entry, bare value, whole attribute, annotation. */
public final class Locations {
  private Locations() {}

  /** The second entry of an array. */
  @Path("/entry")
  @CredentialedCors(origins = {"https://app.example.com", "*"})
  public static class ArrayEntry {
    @GET
    public String get() {
      return "";
    }
  }

  /** A single value written without braces. */
  @Path("/bare")
  @CredentialedCors(origins = "https://app.example.com", exposeHeaders = "*")
  public static class BareValue {
    @GET
    public String get() {
      return "";
    }
  }

  /** A rule about the attribute as a whole. */
  @Path("/whole")
  @CredentialedCors(origins = "https://app.example.com", vary = {"Accept"})
  public static class WholeAttribute {
    @GET
    public String get() {
      return "";
    }
  }

  /** A rule about the annotation as a whole. */
  @Path("/annotation")
  @CredentialedCors(allowHeaders = {"Content-Type", "Authorization"})
  public static class WholeAnnotation {
    @GET
    public String get() {
      return "";
    }
  }
}
