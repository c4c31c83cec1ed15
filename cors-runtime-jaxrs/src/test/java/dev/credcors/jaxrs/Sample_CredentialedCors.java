package dev.credcors.jaxrs;

import java.util.List;

/** What the processor would generate for {@link Sample}, written by hand for a unit test. */
public final class Sample_CredentialedCors implements CorsEndpoints {
  @Override
  public List<CorsEndpoint> endpoints() {
    return List.of(CorsEndpoint.of("get()", "GET", "/sample", "GET", Policies.APP));
  }
}
