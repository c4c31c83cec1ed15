package dev.credcors.jaxrs;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The per-method half of {@link CredentialedCorsFeature} for implementations that run only the
 * dynamic features they discover themselves. Quarkus REST is one: its {@code FeatureContext} does
 * not accept a {@link DynamicFeature}, so the binder the feature registers would never run; Quarkus
 * finds this class in the jar's Jandex index instead, and it hands each resource method to that
 * binder.
 *
 * <p>Nothing registers it by hand. Where the feature's own registration took (Jersey, RESTEasy), or
 * where the feature is not active at all, it does nothing, so finding it by scanning as well is
 * harmless.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class CredentialedCorsDynamicFeature implements DynamicFeature {

  /** For the implementation's scanning. */
  public CredentialedCorsDynamicFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Object binder =
        context
            .getConfiguration()
            .getProperty(CredentialedCorsFeature.UNREGISTERED_BINDER_PROPERTY);
    if (binder instanceof EndpointBinder endpointBinder) {
      endpointBinder.configure(resourceInfo, context);
    }
  }
}
