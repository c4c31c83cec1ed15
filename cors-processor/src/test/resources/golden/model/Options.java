package model;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Every attribute written out, to see how each reaches the generated constants. */
@Path("/api/options")
@CredentialedCors(
    origins = {"https://app.example.com", "https://app.example.com", "https://xn--bcher-kva.example"},
    methods = {"POST", "GET"},
    allowHeaders = {"Content-Type", "X-CSRF-Token", "x-csrf-token"},
    exposeHeaders = {"ETag", "Location"},
    maxAge = 7200,
    vary = {"Origin", "Accept-Encoding", "origin"},
    allowPrivateNetwork = true)
@SuppressWarnings("credcors:duplicate-entry")
public class Options {
  @GET
  public String get() {
    return "";
  }

  @POST
  public String post(String body) {
    return body;
  }
}
