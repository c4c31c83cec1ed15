package dev.credcors.it;

import dev.credcors.jaxrs.CorsEndpoint;
import dev.credcors.jaxrs.CorsEndpoints;
import dev.credcors.jaxrs.CorsPolicy;
import java.util.List;

/**
 * HAND-WRITTEN STAND-IN for the class the credcors processor generates for {@link
 * DeviceResource}; delete it once the processor generates the real one.
 */
public final class DeviceResource_CredentialedCors implements CorsEndpoints {

  private static final CorsPolicy POLICY =
      CorsPolicy.builder()
          .exactOrigins("https://app.example.com")
          .allowHeaders("Content-Type")
          .exposeHeaders("")
          .maxAge(600)
          .vary("Origin")
          .allowPrivateNetwork(true)
          .build();

  private static final List<CorsEndpoint> ENDPOINTS =
      List.of(
          CorsEndpoint.of("status()", "GET", "/device", "GET, PUT", POLICY),
          CorsEndpoint.of("set(java.lang.String)", "PUT", "/device", "GET, PUT", POLICY));

  @Override
  public List<CorsEndpoint> endpoints() {
    return ENDPOINTS;
  }
}
