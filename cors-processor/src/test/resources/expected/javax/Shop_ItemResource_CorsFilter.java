package com.example.shop;

import dev.credcors.jaxrs.CorsEndpoint;
import dev.credcors.jaxrs.CorsFilters;
import dev.credcors.jaxrs.CorsPolicy;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;

/**
 * The credentialed CORS filter of {@code com.example.shop.Shop.ItemResource}.
 *
 * <p>Checked at compile time by credcors and generated from its {@code @CredentialedCors}
 * annotations: change those, not this file.
 *
 * <p>The credcors runtime binds one instance to each resource method in {@link #endpoints()},
 * made with that method's entry, and to nothing else:
 *
 * <ul>
 *   <li>as a request filter, ahead of authentication, it is the cross-site write guard: a
 *       request with a method other than GET, HEAD or OPTIONS that a browser sends from a page
 *       the method's policy does not allow ({@code Sec-Fetch-Site: cross-site}, or
 *       {@code same-site} unless the policy allows same-site writes; without that header, an
 *       {@code Origin} that is neither allowed nor the request's own, or {@code Origin: null})
 *       gets 403 before resource code runs, unless the policy turns the guard off (a read is
 *       bound so only where its resource serves a write without a policy; elsewhere the
 *       runtime's pre-matching router judges a write before an override can make it a read);
 *   <li>as a response filter, it gives every response of the method, error responses
 *       included, exactly the CORS headers the policy grants.
 * </ul>
 *
 * <p>Preflights never reach this filter: Jakarta REST binds filters to a method only after
 * matching, and a preflight must be answered before matching and authentication. The credcors
 * runtime's one {@code @PreMatching} preflight router answers them, from {@link #endpoints()}.
 */
@Generated("dev.credcors.processor.CredentialedCorsProcessor")
public final class Shop_ItemResource_CorsFilter
    implements ContainerRequestFilter, ContainerResponseFilter {
  /**
   * The class-level policy: governs each resource method without its own.
   */
  private static final CorsPolicy CLASS_POLICY = CorsPolicy.builder()
      .exactOrigins("https://app.example.com", "https://admin.example.com:8443")
      .originPatterns(Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$"))
      .originsProperty("shop.cors.origins")
      .suppressWarnings("credcors:duplicate-entry")
      .allowHeaders("Content-Type, Authorization")
      .exposeHeaders("ETag")
      .maxAge(600)
      .vary("Origin")
      .allowPrivateNetwork(false)
      .refuseCrossSiteWrites(true)
      .allowSameSiteWrites(false)
      .build();

  /**
   * The policy declared on {@code deleteItem(long)}.
   */
  private static final CorsPolicy DELETE_ITEM_POLICY = CorsPolicy.builder()
      .exactOrigins("https://admin.example.com:8443")
      .allowHeaders("Content-Type")
      .exposeHeaders("")
      .maxAge(60)
      .vary("Origin")
      .allowPrivateNetwork(false)
      .refuseCrossSiteWrites(true)
      .allowSameSiteWrites(false)
      .build();

  /**
   * The governed resource methods, in declaration order.
   */
  private static final List<CorsEndpoint> ENDPOINTS = List.of(
      CorsEndpoint.of("list(java.lang.String)", "GET", "/api/items", "GET, POST", CLASS_POLICY),
      CorsEndpoint.of("create(java.lang.String)", "POST", "/api/items", "GET, POST", CLASS_POLICY),
      CorsEndpoint.of("get(long)", "GET", "/api/items/{id: [0-9]+}", "GET, PUT, PATCH",
          CLASS_POLICY),
      CorsEndpoint.of("replace(long,java.lang.String)", "PUT", "/api/items/{key: [0-9]+}",
          "GET, PUT, PATCH", CLASS_POLICY),
      CorsEndpoint.of("patch(long,java.util.Map)", "PATCH", "/api/items/{id: [0-9]+}",
          "GET, PUT, PATCH", CLASS_POLICY),
      CorsEndpoint.of("deleteItem(long)", "DELETE", "/api/items/{id: [0-9]+}", "DELETE",
          DELETE_ITEM_POLICY),
      CorsEndpoint.of("tags(java.lang.String,java.lang.String[])", "GET", "/api/items/{id}/tags",
          "GET", CLASS_POLICY),
      CorsEndpoint.of("owner(com.example.shop.Shop$Owner$Key,int[][])", "GET",
          "/api/items/{id}/owner", "GET", CLASS_POLICY));

  /**
   * The one resource method this instance filters, with its policy.
   */
  private final CorsEndpoint endpoint;

  /**
   * Made by the credcors runtime at start-up, once per governed resource method.
   *
   * @param endpoint that method's entry of {@link #endpoints()}
   */
  public Shop_ItemResource_CorsFilter(CorsEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  /**
   * The governed resource methods, read once by the credcors runtime at start-up.
   *
   * @return one entry per resource method under a policy of this resource
   */
  public static List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }

  /**
   * Refuses a forged cross-site write: see the class documentation.
   */
  @Override
  public void filter(ContainerRequestContext request) {
    CorsFilters.guardWrites(endpoint, request);
  }

  /**
   * Gives the response the CORS headers the policy grants.
   */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    CorsFilters.decorateResponse(endpoint, request, response);
  }
}
