package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.FilterChain;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The floor: the smallest filter a careful developer would write by hand for the same policy, a
 * {@link HashSet} of origins (or the one pattern) and three header writes. An allowed request gets
 * {@code Access-Control-Allow-Origin}, {@code -Allow-Credentials} and {@code Vary: Origin}; a
 * request without {@code Origin} or from another origin gets only {@code Vary: Origin}; a preflight
 * is answered before matching with the policy's grants, its method and headers checked. It screens
 * nothing and logs nothing, which is exactly what credcors is measured against.
 */
public class HandWrittenDecision extends JaxrsDecision {

  @Param({"2", "100", "1000", "pattern"})
  public String allowlist;

  @Setup
  public void setUp() throws IOException {
    Allowlist list = Allowlist.of(allowlist);
    use("hand-written", list, chain(list));
  }

  /** The hand-written filter for {@code list}'s policy, as a global filter. */
  static FilterChain chain(Allowlist list) {
    HandWrittenFilter filter = new HandWrittenFilter(list);
    return new FilterChain(List.of(filter), List.of(filter), List.of(filter));
  }

  /**
   * The hand-written filter for {@code resource}'s policy, to register as a global provider (the
   * in-process pipeline's {@code HAND_WRITTEN} mode).
   */
  public static Object filter(Class<?> resource) {
    return new HandWrittenFilter(Allowlist.of(resource));
  }

  @PreMatching
  static final class HandWrittenFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final Set<String> origins;
    private final Pattern pattern;
    private final Set<String> allowedHeaders = new HashSet<>();
    private final String allowHeaders;

    HandWrittenFilter(Allowlist list) {
      this.origins = new HashSet<>(list.origins());
      this.pattern = list.patterns().isEmpty() ? null : Pattern.compile(list.patterns().get(0));
      this.allowHeaders = Allowlist.allowHeaders(list.resource());
      for (String name : allowHeaders.split(",")) {
        allowedHeaders.add(name.strip().toLowerCase(Locale.ROOT));
      }
    }

    private boolean allows(String origin) {
      return origin != null
          && (origins.contains(origin) || pattern != null && pattern.matcher(origin).matches());
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (!"OPTIONS".equals(request.getMethod())) {
        return;
      }
      String origin = request.getHeaderString("Origin");
      String method = request.getHeaderString("Access-Control-Request-Method");
      if (origin == null || method == null) {
        return;
      }
      if (!allows(origin) || !("GET".equals(method) || "DELETE".equals(method))) {
        request.abortWith(Response.status(403).header("Vary", "Origin").build());
        return;
      }
      String headers = request.getHeaderString("Access-Control-Request-Headers");
      if (headers != null) {
        for (String name : headers.split(",")) {
          if (!allowedHeaders.contains(name.strip().toLowerCase(Locale.ROOT))) {
            request.abortWith(Response.status(403).header("Vary", "Origin").build());
            return;
          }
        }
      }
      request.abortWith(
          Response.noContent()
              .header("Access-Control-Allow-Origin", origin)
              .header("Access-Control-Allow-Credentials", "true")
              .header("Access-Control-Allow-Methods", "GET, DELETE")
              .header("Access-Control-Allow-Headers", allowHeaders)
              .header("Access-Control-Max-Age", "600")
              .header("Vary", "Origin")
              .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() == 204 && "OPTIONS".equals(request.getMethod())) {
        return; // our own preflight answer
      }
      MultivaluedMap<String, Object> headers = response.getHeaders();
      headers.putSingle("Vary", "Origin");
      String origin = request.getHeaderString("Origin");
      if (allows(origin)) {
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Allow-Credentials", "true");
      }
    }
  }
}
