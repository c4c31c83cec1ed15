package com.example.shop;

import dev.credcors.jaxrs.CorsEndpoint;
import dev.credcors.jaxrs.CorsEndpoints;
import dev.credcors.jaxrs.CorsPolicy;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Credentialed CORS policies of {@code com.example.shop.Shop.ItemResource}.
 *
 * <p>Checked at compile time by credcors and generated from its {@code @CredentialedCors}
 * annotations: change those, not this file.
 */
@Generated("dev.credcors.processor.CredentialedCorsProcessor")
public final class Shop_ItemResource_CredentialedCors implements CorsEndpoints {
  /**
   * The class-level policy: governs each resource method without its own.
   */
  private static final CorsPolicy CLASS_POLICY = CorsPolicy.builder()
      .exactOrigins("https://app.example.com", "https://admin.example.com:8443")
      .originPatterns(Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$"))
      .allowHeaders("Content-Type, Authorization")
      .exposeHeaders("ETag")
      .maxAge(600)
      .vary("Origin")
      .allowPrivateNetwork(false)
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
   * Instantiated once by the credcors runtime when the resource is deployed.
   */
  public Shop_ItemResource_CredentialedCors() {
  }

  @Override
  public List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }
}
