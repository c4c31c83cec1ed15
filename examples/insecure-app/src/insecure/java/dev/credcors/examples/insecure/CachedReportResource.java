package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A cacheable report whose policy was "tuned" for the CDN. */
@Path("/api/reports/latest")
@CredentialedCors(
    origins = "https://app.example.com",
    allowHeaders = "*", // expect: [wildcard-list]
    vary = "Accept-Encoding") // expect: [missing-vary]
public class CachedReportResource {

  @GET
  public String latest() {
    return "{}";
  }
}
