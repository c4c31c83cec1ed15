package dev.credcors.examples.api;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Money transfers: the write an attacker's page wants to forge. {@code POST} takes a body of any
 * type, as many real endpoints do (a form, {@code text/plain}, JSON), so a form on another site can
 * send it without a preflight. The generated filter's write guard refuses such a forged write;
 * {@code /api/transfers/unguarded} is the same endpoint with the guard turned off, to show what the
 * guard prevents. Each transfer keeps the {@code Origin} and {@code Sec-Fetch-Site} its request
 * arrived with, as an audit trail.
 */
@Path("/api/transfers")
@Authenticated
@CredentialedCors(
    origins = FrontEnds.APP,
    originsProperty = FrontEnds.APP_ORIGINS,
    originPatterns = FrontEnds.APP_PREVIEWS,
    allowHeaders = {"Content-Type", "Authorization"})
@SuppressWarnings("credcors:loopback-origin") // development origins, see FrontEnds
public class TransfersResource {

  private static final Map<String, List<String>> TRANSFERS = new ConcurrentHashMap<>();

  @Context SecurityContext security;

  /** {@code GET /api/transfers}: the signed-in user's transfers, oldest first. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    String user = security.getUserPrincipal().getName();
    List<String> transfers = TRANSFERS.getOrDefault(user, List.of());
    String head = Json.object("user", user, "count", transfers.size());
    return head.substring(0, head.length() - 1) + ",\"transfers\":" + Json.array(transfers) + "}";
  }

  /** {@code POST /api/transfers}: sends money, whatever the body's type. */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public String send(
      String body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("Origin") String origin,
      @HeaderParam("Sec-Fetch-Site") String site) {
    return record(body, contentType, origin, site);
  }

  /**
   * {@code POST /api/transfers/unguarded}: the same write with the write guard off. Never do this
   * for an endpoint like this one; the guard is off only where writes from other sites are the
   * point, such as an SSO {@code form_post} callback.
   */
  @POST
  @Path("unguarded")
  @Produces(MediaType.APPLICATION_JSON)
  @CredentialedCors(
      origins = FrontEnds.APP,
      originsProperty = FrontEnds.APP_ORIGINS,
      originPatterns = FrontEnds.APP_PREVIEWS,
      allowHeaders = {"Content-Type", "Authorization"},
      refuseCrossSiteWrites = false)
  @SuppressWarnings("credcors:cross-site-writes-allowed") // the browser test's counter-example
  public String sendUnguarded(
      String body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("Origin") String origin,
      @HeaderParam("Sec-Fetch-Site") String site) {
    return record(body, contentType, origin, site);
  }

  private String record(String body, String contentType, String origin, String site) {
    String user = security.getUserPrincipal().getName();
    String transfer =
        Json.object(
            "body", body == null ? "" : body.length() > 100 ? body.substring(0, 100) : body,
            "contentType", String.valueOf(contentType),
            "origin", String.valueOf(origin),
            "secFetchSite", String.valueOf(site));
    TRANSFERS.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>()).add(transfer);
    return transfer;
  }
}
