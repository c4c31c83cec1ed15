package dev.credcors.it;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** A device on a private network that public pages of one origin may reach. */
@Path("/device")
@CredentialedCors(origins = "https://app.example.com", allowPrivateNetwork = true)
public class DeviceResource {

  @GET
  public String status() {
    return "on";
  }

  @PUT
  public String set(String state) {
    return state;
  }
}
