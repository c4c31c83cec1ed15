package dev.credcors.bench.pipeline;

import dev.credcors.bench.resources.Inputs;
import dev.credcors.bench.resources.TwoOriginsResource;
import dev.credcors.CredentialedCors;
import java.util.List;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;

/**
 * The three Jersey applications compared, all serving {@link TwoOriginsResource} (two allowed
 * origins, {@code GET} and {@code DELETE} on {@code /o2/items/{id}}).
 */
public enum JerseyApps {
  /** No CORS: Jakarta REST service loading is off, so credcors' Feature is not discovered. */
  NONE {
    @Override
    ResourceConfig configure(ResourceConfig config) {
      return config.property(CommonProperties.JAXRS_SERVICE_LOADING_ENABLE, false);
    }
  },
  /** credcors, registered the way users get it: by its service file, with no code. */
  CREDCORS {
    @Override
    ResourceConfig configure(ResourceConfig config) {
      return config;
    }
  },
  /** RESTEasy's CorsFilter registered as a singleton, credcors not discovered. */
  RESTEASY_FILTER {
    @Override
    ResourceConfig configure(ResourceConfig config) {
      return config
          .property(CommonProperties.JAXRS_SERVICE_LOADING_ENABLE, false)
          .register(resteasyFilter());
    }
  };

  /** The application path every request goes to. */
  public static final String PATH = "/o2/items/42";

  abstract ResourceConfig configure(ResourceConfig config);

  /** A fresh application for this mode. */
  public ResourceConfig application() {
    return configure(
        new ResourceConfig(TwoOriginsResource.class)
            // WADL would answer plain OPTIONS with a generated document in the NONE mode.
            .property(ServerProperties.WADL_FEATURE_DISABLE, true));
  }

  /** RESTEasy's filter configured with the resource's own policy values. */
  static CorsFilter resteasyFilter() {
    CredentialedCors policy = TwoOriginsResource.class.getAnnotation(CredentialedCors.class);
    CorsFilter filter = new CorsFilter();
    filter.getAllowedOrigins().addAll(List.of(policy.origins()));
    filter.setAllowCredentials(true);
    filter.setAllowedMethods("GET, DELETE");
    filter.setAllowedHeaders(String.join(", ", policy.allowHeaders()));
    filter.setCorsMaxAge((int) policy.maxAge());
    filter.setExposedHeaders(null);
    return filter;
  }

  /** The origin every actual request and preflight of the pipeline benchmarks comes from. */
  static String allowedOrigin() {
    return Inputs.ALLOWED_ORIGIN;
  }
}
