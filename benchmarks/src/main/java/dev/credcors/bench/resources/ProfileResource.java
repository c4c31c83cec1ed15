package dev.credcors.bench.resources;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A resource that does some work, with the API shape and policy of {@link TwoOriginsResource}: its
 * {@code GET} builds a small JSON document by hand (a user profile with its twenty latest orders,
 * strings escaped, amounts and instants formatted), about what the examples' profile endpoint
 * costs. Overheads measured on a resource that does nothing are the worst case; this is where a
 * real endpoint sits.
 */
@Path("/o2/profile/{id}")
@CredentialedCors(
    origins = {"https://site0.example.net", Inputs.ALLOWED_ORIGIN},
    allowHeaders = {"Content-Type", "Authorization"})
public class ProfileResource {

  private static final int ORDERS = 20;
  private static final long EPOCH_SECOND = 1_780_000_000L;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String get(@PathParam("id") String id) {
    StringBuilder json = new StringBuilder(2048).append('{');
    field(json, "id", id).append(',');
    field(json, "displayName", "Ada \"the first\" Lovelace #" + id).append(',');
    field(json, "email", "ada+" + id + "@example.com").append(",\"orders\":[");
    int seed = id.hashCode();
    for (int i = 0; i < ORDERS; i++) {
      long cents = Math.floorMod(seed * 31L + i * 7919L, 100_000L);
      json.append(i == 0 ? "{" : ",{");
      field(json, "order", id + "-" + i).append(',');
      field(json, "placed", DateTimeFormatter.ISO_INSTANT.format(placed(seed, i))).append(',');
      json.append("\"total\":").append(cents / 100).append('.');
      json.append(cents % 100 < 10 ? "0" : "").append(cents % 100).append('}');
    }
    return json.append("]}").toString();
  }

  @DELETE
  public void delete(@PathParam("id") String id) {}

  private static Instant placed(int seed, int i) {
    return Instant.ofEpochSecond(EPOCH_SECOND - Math.floorMod(seed, 1000) * 3600L - i * 86_400L);
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"', '\\' -> json.append('\\').append(c);
        case '\n' -> json.append("\\n");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"');
  }
}
