package dev.credcors.jaxrs;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies every {@code @CredentialedCors} policy of a Jakarta REST application: answers preflights
 * to annotated paths before matching and authentication, and binds each annotated resource's
 * generated filter (see {@link CorsFilters}) to its annotated methods, which refuses forged
 * cross-site writes and decorates their responses.
 *
 * <p>Nothing needs to register it: {@code cors-runtime-jaxrs} lists it in {@code
 * META-INF/services/jakarta.ws.rs.core.Feature}, which Jakarta REST 3.1 implementations (Jersey
 * 3.1, RESTEasy 6.1 and later) load on their own. An application that turns that off with the
 * property {@code jakarta.ws.rs.loadServices=false} and registers everything by hand registers this
 * one class:
 *
 * <pre>{@code
 * public class Api extends Application {
 *   public Set<Class<?>> getClasses() {
 *     return Set.of(ProfileResource.class, CredentialedCorsFeature.class);
 *   }
 *   public Map<String, Object> getProperties() {
 *     return Map.of("jakarta.ws.rs.loadServices", false);
 *   }
 * }
 * }</pre>
 *
 * <p>Registering it twice, for example by hand and through the service file, is harmless: the
 * second registration does nothing.
 *
 * <p>It is also a {@link Provider}, for implementations that find providers by scanning instead of
 * reading service files: Quarkus REST reads the jar's Jandex index ({@code META-INF/jandex.idx})
 * and discovers it, with {@link CredentialedCorsDynamicFeature}, on its own.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class CredentialedCorsFeature implements Feature {

  /** Set on the configuration once the filters are registered, so they are registered once. */
  static final String REGISTERED_PROPERTY = "dev.credcors.jaxrs.registered";

  /**
   * Holds the {@link EndpointBinder} when the implementation did not take it from {@link
   * FeatureContext#register(Object)}, for {@link CredentialedCorsDynamicFeature} to run instead.
   */
  static final String UNREGISTERED_BINDER_PROPERTY = "dev.credcors.jaxrs.unregisteredBinder";

  /** For the service loader and for {@code register(CredentialedCorsFeature.class)}. */
  public CredentialedCorsFeature() {}

  @Override
  public boolean configure(FeatureContext context) {
    // The service file is read by JAX-RS clients too; CORS is a server's business.
    if (context.getConfiguration().getRuntimeType() == RuntimeType.CLIENT
        || context.getConfiguration().getProperty(REGISTERED_PROPERTY) != null
        || context.getConfiguration().isRegistered(PreflightFilter.class)) {
      return false;
    }
    context.property(REGISTERED_PROPERTY, Boolean.TRUE);
    PreflightRouter router = new PreflightRouter();
    context.register(new PreflightFilter(router), CorsPriorities.PREFLIGHT);
    EndpointBinder binder =
        new EndpointBinder(
            router,
            CookieDiagnostics.resolve(
                context.getConfiguration().getProperty(CookieDiagnostics.PROPERTY)));
    context.register(binder);
    // Quarkus REST's FeatureContext takes only filters, interceptors and exception mappers and
    // drops a DynamicFeature without a word; its own scan runs CredentialedCorsDynamicFeature,
    // which finds the binder here. Where the registration took, that class does nothing.
    if (!context.getConfiguration().isRegistered(binder)) {
      context.property(UNREGISTERED_BINDER_PROPERTY, binder);
    }
    return true;
  }
}
