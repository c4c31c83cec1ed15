package dev.credcors.jaxrs;

import dev.credcors.policy.Message;
import dev.credcors.policy.PathTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the policy for a preflight's path before Jakarta REST matches the request, by Jakarta
 * REST's own two steps (specification section 3.7.2): the most specific resource class template
 * matching a prefix of the path, then, within it, the most specific method template matching the
 * rest. Every resource method is known here, governed or not, so a path Jakarta REST would send to
 * a resource without a policy is never answered with another resource's policy.
 *
 * <p>Written only at start-up, as {@link EndpointBinder} reports resource methods; each change
 * publishes a new sorted array, so reads take no lock.
 *
 * <p>A route is a function of the path alone, so the last few paths' routes are remembered: a
 * browser preflights the same few paths over and over, and finding a route costs two regular
 * expression matches (BENCHMARKS.md). The memory is a fixed array of {@value #CACHE_SIZE} slots,
 * each holding its path (of at most {@value #MAX_CACHED_PATH} characters), so paths that vary
 * without bound (an attacker's, or item ids) only evict each other and never grow it.
 */
final class PreflightRouter {

  static final int CACHE_SIZE = 256;

  /** Longer paths are looked up every time, which bounds the cache's memory to about 128 KB. */
  static final int MAX_CACHED_PATH = 256;

  /** A remembered route; {@code route} is {@code null} when nothing matches the path. */
  private record Cached(String path, Route route) {}

  private volatile ResourceRoute[] resources = new ResourceRoute[0];
  // Racy by design: a slot holds an immutable record (final fields), so a reader sees either an
  // older complete entry or a newer one, and checks its path either way.
  private volatile Cached[] cache = new Cached[CACHE_SIZE];
  private volatile boolean governs;
  private final Map<String, Route.Binding> governed = new HashMap<>();

  /**
   * Adds a resource method.
   *
   * @param classPath the resource class's {@code @Path} value
   * @param methodPath the method's {@code @Path} value, empty for a resource method without one
   * @param httpMethod the method's HTTP method designator
   * @param endpoint its policy, or {@code null} when no policy governs it
   * @param owner the resource method, {@code Class#method}, for messages
   * @param writeGuardStage whether the endpoint's own filter guards its requests ({@link
   *     Route.Binding#writeGuardStage})
   * @throws IllegalStateException with the {@code [conflicting-policies]} message when a different
   *     policy already governs the same path template and HTTP method
   */
  synchronized void add(
      String classPath,
      String methodPath,
      String httpMethod,
      CorsEndpoint endpoint,
      String owner,
      boolean writeGuardStage) {
    PathTemplate classTemplate;
    PathTemplate methodTemplate;
    try {
      classTemplate = PathTemplate.parse(classPath);
      methodTemplate = PathTemplate.parse(methodPath);
    } catch (IllegalArgumentException e) {
      if (endpoint != null) {
        throw e; // the processor parsed this very template; failing here is a bug worth seeing
      }
      return; // an exotic template of a resource without policy must not stop the application
    }
    Route.Binding binding = null;
    if (endpoint != null) {
      String key = PathTemplate.parse(PathTemplate.join(classPath, methodPath)).normalized();
      Route.Binding existing = governed.get(httpMethod + " " + key);
      if (existing != null) {
        if (!existing.endpoint().policy().equals(endpoint.policy())) {
          throw new IllegalStateException(
              Message.CONFLICTING_POLICIES.format(
                  owner, existing.owner(), httpMethod, endpoint.pathTemplate()));
        }
        if (!existing.writeGuardStage() || writeGuardStage) {
          return; // the same policy again, e.g. the same route under another media type
        }
        // The same again, but one of the two reads has no guard stage: the router must judge.
      }
      binding = Route.Binding.of(endpoint, owner, writeGuardStage);
      governed.put(httpMethod + " " + key, binding);
    }

    List<ResourceRoute> next = new ArrayList<>(Arrays.asList(resources));
    ResourceRoute resource = new ResourceRoute(classTemplate, List.of());
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).template().equals(classTemplate)) {
        resource = next.remove(i);
        break;
      }
    }
    Route route = resource.route(methodTemplate);
    route = binding == null ? route.withUnguarded(httpMethod) : route.with(binding);
    next.add(resource.with(route));
    next.sort((a, b) -> PathTemplate.MOST_SPECIFIC_FIRST.compare(a.template(), b.template()));
    resources = next.toArray(new ResourceRoute[0]);
    cache = new Cached[CACHE_SIZE];
    governs |= binding != null;
  }

  /**
   * The route for an application-relative, still-encoded request path (with or without its leading
   * slash), or {@code null} when Jakarta REST would match no resource method template to it.
   */
  Route route(String path) {
    if (path.length() > MAX_CACHED_PATH) {
      return find(path);
    }
    Cached[] remembered = cache;
    int hash = path.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (CACHE_SIZE - 1);
    Cached cached = remembered[slot];
    if (cached != null && cached.path().equals(path)) {
      return cached.route();
    }
    Route route = find(path);
    remembered[slot] = new Cached(path, route);
    return route;
  }

  private Route find(String path) {
    String absolute = path.startsWith("/") ? path : "/" + path;
    for (ResourceRoute resource : resources) {
      String remainder = resource.template().remainder(absolute);
      if (remainder != null) {
        // Section 3.7.2 step 1: only the most specific matching class is looked into.
        return resource.match(remainder);
      }
    }
    return null;
  }

  /** Whether no policy governs anything, so no preflight needs a look. */
  boolean isEmpty() {
    return !governs;
  }
}
