package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.List;

/**
 * What every generated filter delegates to, so the logic is written and tested once, here.
 *
 * <p>For each resource with a valid {@code @CredentialedCors} policy, the credcors processor
 * generates {@code <Outer_Inner>}{@value #GENERATED_SUFFIX} in the resource's package: a {@code
 * ContainerRequestFilter} and {@code ContainerResponseFilter} holding the resource's policies as
 * constants, with
 *
 * <ul>
 *   <li>{@code public static List<CorsEndpoint> endpoints()}: one entry per governed resource
 *       method, read once when the application starts;
 *   <li>a public constructor taking one of those {@link CorsEndpoint}s: {@link
 *       CredentialedCorsFeature} binds one instance per governed method, to that method alone;
 *   <li>{@code filter(request)} calling {@link #guardWrites} and {@code filter(request, response)}
 *       calling {@link #decorateResponse}.
 * </ul>
 *
 * <p>Preflights never reach these filters: Jakarta REST binds filters to a method only after
 * matching, and a preflight must be answered before matching and authentication, so one
 * pre-matching router, fed by every generated {@code endpoints()} table, answers them.
 */
public final class CorsFilters {

  /** Appended to the resource's simple name(s) to name its generated filter. */
  public static final String GENERATED_SUFFIX = "_CorsFilter";

  private CorsFilters() {}

  /**
   * The write guard: aborts {@code request} with {@code 403} (the policy's {@code Vary}, no {@code
   * Access-Control-*} header) when it is a write (any method but {@code GET}, {@code HEAD}, {@code
   * OPTIONS}, as sent or as matched) from a browser page that {@code endpoint}'s policy does not
   * allow, judged by {@code Origin} and {@code Sec-Fetch-Site}; does nothing otherwise, or when the
   * policy turns the guard off. A refusal is logged as {@code forged-write} (docs/RUNTIME.md).
   * Never throws.
   */
  public static void guardWrites(CorsEndpoint endpoint, ContainerRequestContext request) {
    refusedWrite(endpoint, request);
  }

  /** {@link #guardWrites}, saying whether it refused the request. */
  static boolean refusedWrite(CorsEndpoint endpoint, ContainerRequestContext request) {
    if (WriteGuard.filter(endpoint.policy(), request)) {
      DenialLog.get().forgedWrite(endpoint, request);
      return true;
    }
    return false;
  }

  /**
   * Makes the response's CORS headers say exactly what {@code endpoint}'s policy allows for the
   * request's {@code Origin}: {@code Vary} merged, {@code Access-Control-Allow-Origin} and {@code
   * -Allow-Credentials} only for an allowed origin, any {@code Access-Control-*} header set by
   * resource code replaced. Then says in the log why an {@code Origin} got no grant, or names the
   * cookies a browser will drop on an allowed cross-site response (docs/RUNTIME.md). Never throws.
   */
  public static void decorateResponse(
      CorsEndpoint endpoint, ContainerRequestContext request, ContainerResponseContext response) {
    // Read once for both steps: in Jersey every header lookup lower-cases the name it is given.
    List<String> origin = CorsResponseFilter.originHeader(request);
    CorsResponseFilter.Outcome outcome =
        CorsResponseFilter.filter(endpoint.policy(), origin, response);
    ResponseDiagnostics.after(endpoint, origin, request, response, outcome);
  }
}
