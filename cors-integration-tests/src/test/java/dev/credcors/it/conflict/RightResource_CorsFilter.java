package dev.credcors.it.conflict;

import dev.credcors.jaxrs.CorsEndpoint;
import dev.credcors.jaxrs.CorsPolicy;
import java.util.List;

/**
 * HAND-WRITTEN on purpose, in the generated shape: what the processor produced for {@link
 * RightResource} in its own jar. The other side's policy differs, which only start-up can see.
 */
public final class RightResource_CorsFilter extends HandWrittenFilter {

  private static final CorsPolicy POLICY =
      CorsPolicy.builder()
          .exactOrigins("https://right.example.com")
          .allowHeaders("Content-Type")
          .maxAge(600)
          .vary("Origin")
          .build();

  public RightResource_CorsFilter(CorsEndpoint endpoint) {
    super(endpoint);
  }

  public static List<CorsEndpoint> endpoints() {
    return List.of(CorsEndpoint.of("get()", "GET", "/shared/{id}", "GET", POLICY));
  }
}
