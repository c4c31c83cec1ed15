package dev.credcors.bench.pipeline;

import dev.credcors.bench.resources.Inputs;
import dev.credcors.jaxrs.ResponseHeaderPass;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;

/**
 * Filters registered exactly as credcors registers its own (a pre-matching request filter, and a
 * response filter bound to each resource method by a {@link DynamicFeature}) that decide nothing:
 * what the container charges for running such filters and, with {@code headers}, for writing the
 * three headers an allowed credentialed request must get, before a line of CORS logic runs.
 */
final class EmptyFilters {

  private EmptyFilters() {}

  /**
   * The objects to register for {@code mode}: the request filter and the binder of the response
   * filter, which writes {@code Vary}, {@code Access-Control-Allow-Origin} and {@code
   * Access-Control-Allow-Credentials} (constants, whatever the request) unless the mode is {@link
   * CorsMode#EMPTY_FILTERS} or {@link CorsMode#ORIGIN_ECHO} (which writes back the request's {@code
   * Origin}; {@link CorsMode#ORIGIN_ECHO_PASS} after credcors' pass over the header names), and
   * which is also a no-op request filter in {@link CorsMode#HEADERS_GUARD_SHAPE}.
   */
  static Object[] all(CorsMode mode) {
    return new Object[] {new Request(), new Binder(mode)};
  }

  @PreMatching
  @Priority(Priorities.AUTHENTICATION - 200) // credcors' preflight filter priority
  static final class Request implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {}
  }

  static final class Binder implements DynamicFeature {
    private final CorsMode mode;

    Binder(CorsMode mode) {
      this.mode = mode;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
      switch (mode) {
        case EMPTY_FILTERS -> context.register(new Response());
        case ORIGIN_ECHO -> context.register(new OriginEcho());
        case ORIGIN_ECHO_PASS -> context.register(new OriginEchoAfterPass());
        case HEADERS_GUARD_SHAPE ->
            // credcors' contracts and priorities (CorsPriorities: WRITE_GUARD, RESPONSE).
            context.register(
                new GuardAndHeaders(),
                Map.of(
                    ContainerRequestFilter.class,
                    Priorities.AUTHENTICATION - 100,
                    ContainerResponseFilter.class,
                    Priorities.AUTHENTICATION - 200));
        default -> context.register(new Headers());
      }
    }
  }

  static final class Response implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {}
  }

  static class Headers implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("Vary", "Origin");
      headers.putSingle("Access-Control-Allow-Origin", Inputs.ALLOWED_ORIGIN);
      headers.putSingle("Access-Control-Allow-Credentials", "true");
    }
  }

  static class OriginEcho implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      String origin = request.getHeaderString("Origin");
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("Vary", "Origin");
      if (origin != null) {
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Allow-Credentials", "true");
      }
    }
  }

  static final class OriginEchoAfterPass extends OriginEcho {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (ResponseHeaderPass.run(response.getHeaders())) {
        // The benchmark's resources set no Vary; merging is credcors' work, not this floor's.
        throw new IllegalStateException("unexpected Vary header");
      }
      super.filter(request, response);
    }
  }

  static final class GuardAndHeaders extends Headers implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {}
  }
}
