package dev.credcors.jaxrs;

import dev.credcors.policy.PathTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One method-level path template of a resource class ({@code /} for the class's own resource
 * methods) and what is served on it: the HTTP methods a policy governs, and those served with no
 * policy at all. Immutable; {@link PreflightRouter} builds new ones as Jakarta REST reports
 * resource methods at start-up.
 */
final class Route {

  /**
   * An endpoint with its {@code Access-Control-Allow-Methods} list split once, the resource method
   * it came from for messages, and whether its own filter guards its requests.
   *
   * @param writeGuardStage whether the endpoint's generated filter is bound as a request filter
   *     too; {@code false} for a read ({@code GET}, {@code HEAD}, {@code OPTIONS}) whose resource
   *     serves no write without a policy, where the router judges writes that an override could
   *     turn into this read ({@link EndpointBinder#everyWriteGoverned})
   */
  record Binding(
      CorsEndpoint endpoint, String owner, String[] allowedMethods, boolean writeGuardStage) {

    static Binding of(CorsEndpoint endpoint, String owner, boolean writeGuardStage) {
      return new Binding(endpoint, owner, Vary.tokens(endpoint.allowMethods()), writeGuardStage);
    }

    /** Fetch compares methods byte for byte: {@code patch} is not {@code PATCH}. */
    boolean allowsMethod(String method) {
      for (String allowed : allowedMethods) {
        if (allowed.equals(method)) {
          return true;
        }
      }
      return false;
    }
  }

  private final PathTemplate template;
  private final List<Binding> bindings;
  private final Set<String> unguarded;
  private final List<Binding> readsWithoutGuardStage;

  Route(PathTemplate template, List<Binding> bindings, Set<String> unguarded) {
    this.template = template;
    this.bindings = List.copyOf(bindings);
    this.unguarded = Set.copyOf(unguarded);
    List<Binding> reads = new ArrayList<>();
    for (Binding binding : this.bindings) {
      if (!binding.writeGuardStage() && WriteGuard.isSafe(binding.endpoint().httpMethod())) {
        reads.add(binding);
      }
    }
    this.readsWithoutGuardStage = List.copyOf(reads);
  }

  static Route of(PathTemplate template) {
    return new Route(template, List.of(), Set.of());
  }

  PathTemplate template() {
    return template;
  }

  List<Binding> bindings() {
    return bindings;
  }

  /** This route with {@code binding}, in place of any binding for the same HTTP method. */
  Route with(Binding binding) {
    List<Binding> more = new ArrayList<>(bindings);
    Binding replaced = exact(binding.endpoint().httpMethod());
    if (replaced == null) {
      more.add(binding);
    } else {
      more.set(more.indexOf(replaced), binding);
    }
    return new Route(template, more, unguarded);
  }

  Route withUnguarded(String httpMethod) {
    Set<String> more = new HashSet<>(unguarded);
    more.add(httpMethod);
    return new Route(template, bindings, more);
  }

  /**
   * The binding that decides a preflight asking for {@code method}, or {@code null} when no policy
   * governs it and the preflight is the application's business: the endpoint serving the method;
   * for {@code HEAD}, the {@code GET} endpoint (Jakarta REST serves {@code HEAD} with {@code GET},
   * section 3.3.5); a method served here without a policy is not ours; any other method is decided
   * (and denied unless listed) by the policy governing the path.
   */
  Binding binding(String method) {
    Binding exact = exact(method);
    if (exact != null) {
      return exact;
    }
    if (method != null && unguarded.contains(method)) {
      return null;
    }
    if ("HEAD".equals(method)) {
      Binding get = exact("GET");
      if (get != null || unguarded.contains("GET")) {
        return get;
      }
    }
    return bindings.isEmpty() ? null : bindings.get(0);
  }

  /**
   * The policies that must let a write with method {@code method} through here before a
   * pre-matching filter could turn it into one of this route's reads that has no write guard stage
   * of its own: none when every read has one; else the write's own policy when one governs it here
   * (what its own guard stage will apply anyway), else the policy of each such read.
   */
  List<Binding> overridableWriteJudges(String method) {
    if (readsWithoutGuardStage.isEmpty()) {
      return List.of();
    }
    Binding own = exact(method);
    return own != null ? List.of(own) : readsWithoutGuardStage;
  }

  /** The binding for exactly this HTTP method, or {@code null}. */
  Binding exact(String method) {
    for (Binding binding : bindings) {
      if (binding.endpoint().httpMethod().equals(method)) {
        return binding;
      }
    }
    return null;
  }
}
