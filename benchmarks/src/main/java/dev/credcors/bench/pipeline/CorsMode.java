package dev.credcors.bench.pipeline;

import dev.credcors.CredentialedCors;
import dev.credcors.bench.decision.HandWrittenDecision;
import dev.credcors.bench.decision.RequestCase;
import dev.credcors.bench.resources.ProfileResource;
import dev.credcors.bench.resources.TwoOriginsResource;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;

/**
 * The applications compared, on Jersey or RESTEasy, all serving {@link TwoOriginsResource} (two
 * allowed origins, {@code GET} and {@code DELETE} on {@code /o2/items/{id}}) and {@link
 * ProfileResource} (the same policy on {@code /o2/profile/{id}}, a {@code GET} that does work).
 */
public enum CorsMode {
  /** No CORS: Jakarta REST service loading is off, so credcors' Feature is not discovered. */
  NONE,
  /**
   * No CORS, but a no-op pre-matching request filter and a no-op response filter bound to each
   * method, registered as credcors registers its filters: the container's own cost of such filters.
   */
  EMPTY_FILTERS,
  /**
   * As {@link #EMPTY_FILTERS}, but the response filter writes the three headers of an allowed
   * credentialed response, as constants, on every response: the floor for any CORS filter.
   */
  HEADERS_ONLY,
  /**
   * As {@link #HEADERS_ONLY}, but the response filter reads {@code Origin} and writes it back as
   * the allowed origin: the one step that no filter deciding by {@code Origin} can skip, with no
   * decision at all. It grants every origin, so it is a floor to measure, never a filter to ship.
   */
  ORIGIN_ECHO,
  /**
   * As {@link #ORIGIN_ECHO}, but the response filter first runs credcors' own pass over the
   * response's header names, which removes {@code Access-Control-*} headers set by resource code
   * and finds {@code Vary}: what DESIGN.md section 5's guarantees cost before any decision. Its
   * cost over {@link #ORIGIN_ECHO} is that pass; {@link #CREDCORS}' cost over it is the decision
   * and everything else credcors does.
   */
  ORIGIN_ECHO_PASS,
  /**
   * As {@link #HEADERS_ONLY}, with credcors' filter shape: the filter bound to each method is also
   * a request filter (a no-op, where credcors' write guard sits), registered with the same
   * per-contract priorities. What the container charges for the guard's filter stage, before any
   * CORS or guard logic runs.
   */
  HEADERS_GUARD_SHAPE,
  /**
   * The smallest correct filter a developer would write by hand ({@code HandWrittenDecision}), a
   * global provider: it reads {@code Origin}, looks it up in a {@code HashSet} and writes the three
   * headers, and answers preflights before matching.
   */
  HAND_WRITTEN,
  /** credcors, registered the way users get it: by its service file, with no code. */
  CREDCORS,
  /** RESTEasy's CorsFilter registered as a singleton, credcors not discovered. */
  RESTEASY_FILTER;

  /** The request path every pipeline benchmark and {@code wrk.sh} uses. */
  public static final String PATH = "/o2/items/42";

  /**
   * Jakarta REST 3.1's switch for loading {@code META-INF/services} providers (section 4.1.3),
   * which is how credcors registers itself.
   */
  static final String LOAD_SERVICES = "jakarta.ws.rs.loadServices";

  /**
   * Whether this mode lets the page read the response to {@code request}, or null when that is the
   * container's choice: whether a filter bound by a {@code DynamicFeature} also runs for the
   * container's own {@code OPTIONS} handling differs between Jersey and RESTEasy.
   */
  Boolean allows(RequestCase request) {
    return switch (this) {
      case HAND_WRITTEN, CREDCORS, RESTEASY_FILTER -> request.allowed();
      case HEADERS_ONLY, ORIGIN_ECHO, ORIGIN_ECHO_PASS, HEADERS_GUARD_SHAPE ->
          request == RequestCase.PREFLIGHT ? null : true;
      case NONE, EMPTY_FILTERS -> false;
    };
  }

  /** Whether this mode's filters are {@link EmptyFilters}' (they decide nothing). */
  private boolean usesEmptyFilters() {
    return switch (this) {
      case EMPTY_FILTERS, HEADERS_ONLY, ORIGIN_ECHO, ORIGIN_ECHO_PASS, HEADERS_GUARD_SHAPE -> true;
      case NONE, HAND_WRITTEN, CREDCORS, RESTEASY_FILTER -> false;
    };
  }

  /** This mode as a Jersey application. */
  public ResourceConfig jersey() {
    ResourceConfig config =
        new ResourceConfig(TwoOriginsResource.class, ProfileResource.class)
            // WADL would answer plain OPTIONS with a generated document in the NONE mode.
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    if (this != CREDCORS) {
      config.property(LOAD_SERVICES, false);
    }
    if (this == RESTEASY_FILTER) {
      config.register(resteasyFilter());
    }
    if (this == HAND_WRITTEN) {
      config.register(HandWrittenDecision.filter(TwoOriginsResource.class));
    }
    if (usesEmptyFilters()) {
      config.registerInstances(EmptyFilters.all(this));
    }
    return config;
  }

  /** This mode as a plain Jakarta REST application, for RESTEasy. */
  public Application application() {
    CorsMode mode = this;
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(TwoOriginsResource.class, ProfileResource.class);
      }

      @Override
      public Set<Object> getSingletons() {
        return switch (mode) {
          case RESTEASY_FILTER -> Set.of(resteasyFilter());
          case HAND_WRITTEN -> Set.of(HandWrittenDecision.filter(TwoOriginsResource.class));
          default -> mode.usesEmptyFilters() ? Set.of(EmptyFilters.all(mode)) : Set.of();
        };
      }

      @Override
      public Map<String, Object> getProperties() {
        return mode == CREDCORS ? Map.of() : Map.of(LOAD_SERVICES, false);
      }
    };
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
    return filter;
  }
}
