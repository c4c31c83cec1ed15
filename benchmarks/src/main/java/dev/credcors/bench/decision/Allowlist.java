package dev.credcors.bench.decision;

import dev.credcors.CredentialedCors;
import dev.credcors.bench.resources.HundredOriginsResource;
import dev.credcors.bench.resources.PatternResource;
import dev.credcors.bench.resources.ThousandOriginsResource;
import dev.credcors.bench.resources.TwoOriginsResource;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * One benchmarked policy. Every implementation is configured from the resource's own
 * {@code @CredentialedCors} annotation, so all of them enforce the same allowlist.
 *
 * @param resource the annotated resource
 * @param path the request path relative to the application, without a leading slash
 * @param origins the exact origins
 * @param patterns the origin patterns, in credcors' (Java regex) form
 */
record Allowlist(Class<?> resource, String path, List<String> origins, List<String> patterns) {

  /** The {@code @Param} values of the benchmarks: an allowlist size, or {@code pattern}. */
  static Allowlist of(String name) {
    return switch (name) {
      case "2" -> of(TwoOriginsResource.class);
      case "100" -> of(HundredOriginsResource.class);
      case "1000" -> of(ThousandOriginsResource.class);
      case "pattern" -> of(PatternResource.class);
      default -> throw new IllegalArgumentException("unknown allowlist " + name);
    };
  }

  static Allowlist of(Class<?> resource) {
    CredentialedCors policy = resource.getAnnotation(CredentialedCors.class);
    String template = resource.getAnnotation(Path.class).value();
    return new Allowlist(
        resource,
        template.substring(1).replace("{id}", "42"),
        List.of(policy.origins()),
        List.of(policy.originPatterns()));
  }

  /** {@code Access-Control-Allow-Headers} as the annotation lists it, joined. */
  static String allowHeaders(Class<?> resource) {
    return String.join(", ", resource.getAnnotation(CredentialedCors.class).allowHeaders());
  }
}
