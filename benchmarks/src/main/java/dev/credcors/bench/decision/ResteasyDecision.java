package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.FilterChain;
import java.io.IOException;
import java.util.List;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * RESTEasy's {@link CorsFilter} (a global pre-matching request filter and response filter) with the
 * same origins, methods, headers and max age. It has no origin patterns, so no {@code pattern}
 * case. It rejects a disallowed actual request with a {@code ForbiddenException}, which the
 * exchange turns into the 403 response the container would write.
 */
public class ResteasyDecision extends JaxrsDecision {

  @Param({"2", "100", "1000"})
  public String allowlist;

  @Setup
  public void setUp() throws IOException {
    Allowlist list = Allowlist.of(allowlist);
    use("resteasy", list, chain(list));
  }

  /** RESTEasy's filter configured with {@code list}'s policy, as a global filter. */
  static FilterChain chain(Allowlist list) {
    CorsFilter filter = new CorsFilter();
    filter.getAllowedOrigins().addAll(list.origins());
    filter.setAllowCredentials(true);
    filter.setAllowedMethods("GET, DELETE");
    filter.setAllowedHeaders(Allowlist.allowHeaders(list.resource()));
    filter.setCorsMaxAge(600);
    return new FilterChain(List.of(filter), List.of(filter), List.of(filter));
  }
}
