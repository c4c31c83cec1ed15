package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Preview deployments, matched with patterns that let in more than their authors meant. */
@Path("/api/previews")
@CredentialedCors(
    originPatterns = {
      "https://[a-z0-9-]+\\.preview\\.example\\.com", // expect: [unanchored-pattern]
      "^https://.*example\\.com$", // expect: [permissive-pattern]
      "^https://app.example.com$", // expect: [permissive-pattern]
      "^https://[a-z0-9-]+\\.github\\.io$", // expect: [public-suffix-pattern]
      "^https://([a-z0-9]+-?)+\\.example\\.com$" // expect: [catastrophic-pattern]
    })
public class PreviewResource {

  @GET
  public String previews() {
    return "[]";
  }
}
