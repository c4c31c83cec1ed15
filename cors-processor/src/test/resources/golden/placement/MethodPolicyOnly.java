package placement;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only two methods carry a policy; the unannotated GET is not governed. */
@Path("/api/docs")
public class MethodPolicyOnly {

  /** A custom HTTP method designator (RFC 4918 PROPFIND). */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @HttpMethod("PROPFIND")
  public @interface PROPFIND {}

  @GET
  public String list() {
    return "";
  }

  @PROPFIND
  @Path("{name}")
  @CredentialedCors(origins = "https://app.example.com")
  public String properties(@PathParam("name") String name) {
    return name;
  }

  @DELETE
  @Path("{name}")
  @CredentialedCors(origins = "https://admin.example.com")
  public void delete(@PathParam("name") String name) {}

  @DELETE
  @Path("{name}/{version}")
  @CredentialedCors(origins = "https://admin.example.com")
  public void delete(@PathParam("name") String name, @PathParam("version") int version) {}
}
