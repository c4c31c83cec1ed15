package dev.credcors.it;

import dev.credcors.jaxrs.CorsEndpoint;
import dev.credcors.jaxrs.CorsEndpoints;
import dev.credcors.jaxrs.CorsPolicy;
import java.util.List;
import java.util.regex.Pattern;

/**
 * HAND-WRITTEN STAND-IN for the class the credcors processor generates for {@link ItemsResource},
 * in the agreed shape (COMMON.md); delete it once the processor generates the real one.
 */
public final class ItemsResource_CredentialedCors implements CorsEndpoints {

  private static final CorsPolicy POLICY =
      CorsPolicy.builder()
          .exactOrigins("https://app.example.com")
          .originPatterns(Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$"))
          .allowHeaders("Content-Type, X-CSRF-Token")
          .exposeHeaders("X-Request-Id")
          .maxAge(600)
          .vary("Origin")
          .allowPrivateNetwork(false)
          .build();

  private static final CorsPolicy ADMIN_POLICY =
      CorsPolicy.builder()
          .exactOrigins("https://admin.example.com")
          .allowHeaders("Authorization")
          .exposeHeaders("")
          .maxAge(600)
          .vary("Origin")
          .allowPrivateNetwork(false)
          .build();

  private static final List<CorsEndpoint> ENDPOINTS =
      List.of(
          CorsEndpoint.of("list()", "GET", "/items", "GET, POST", POLICY),
          CorsEndpoint.of("create(java.lang.String)", "POST", "/items", "GET, POST", POLICY),
          CorsEndpoint.of("byId(long)", "GET", "/items/{id: [0-9]+}", "GET, DELETE", POLICY),
          CorsEndpoint.of("delete(long)", "DELETE", "/items/{id: [0-9]+}", "GET, DELETE", POLICY),
          CorsEndpoint.of(
              "byName(java.lang.String)", "GET", "/items/named/{name}", "GET", POLICY),
          CorsEndpoint.of("fail()", "GET", "/items/fail", "GET", POLICY),
          CorsEndpoint.of("selfCors()", "GET", "/items/self-cors", "GET", POLICY),
          CorsEndpoint.of("varied()", "GET", "/items/varied", "GET", POLICY),
          CorsEndpoint.of("admin()", "GET", "/items/admin", "GET", ADMIN_POLICY));

  @Override
  public List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }
}
