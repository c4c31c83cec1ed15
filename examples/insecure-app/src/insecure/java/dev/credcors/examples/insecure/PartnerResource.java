package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A partner integration that grew one origin at a time. */
@Path("/api/partner/orders")
@CredentialedCors(
    origins = {
      "https://partner.example.com",
      "null", // expect: [null-origin]
      "http://legacy.partner.example.com", // expect: [cleartext-origin]
      "https://Partner.Example.com/" // expect: [malformed-origin]
    })
public class PartnerResource {

  @GET
  public String orders() {
    return "[]";
  }
}
