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
 */
final class PreflightRouter {

  private volatile ResourceRoute[] resources = new ResourceRoute[0];
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
   * @throws IllegalStateException with the {@code [conflicting-policies]} message when a different
   *     policy already governs the same path template and HTTP method
   */
  synchronized void add(
      String classPath, String methodPath, String httpMethod, CorsEndpoint endpoint, String owner) {
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
        return; // the same policy again, e.g. the same route under another media type
      }
      binding = Route.Binding.of(endpoint, owner);
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
    governs |= binding != null;
  }

  /**
   * The route for an application-relative, still-encoded request path (with or without its leading
   * slash), or {@code null} when Jakarta REST would match no resource method template to it.
   */
  Route route(String path) {
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
