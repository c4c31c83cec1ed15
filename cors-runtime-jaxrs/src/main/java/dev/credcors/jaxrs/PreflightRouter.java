package dev.credcors.jaxrs;

import dev.credcors.policy.Message;
import dev.credcors.policy.PathTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the policy for a preflight's path before Jakarta REST matches the request: the most
 * specific template that matches the whole path (Jakarta REST 3.1 section 3.7.2 ordering, see
 * {@link PathTemplate#MOST_SPECIFIC_FIRST}), then the endpoint serving the requested method.
 *
 * <p>Written only at start-up, as {@link EndpointBinder} reports resource methods; each change
 * publishes a new sorted array, so reads take no lock.
 */
final class PreflightRouter {

  private volatile Route[] routes = new Route[0];

  /**
   * Adds an endpoint.
   *
   * @param owner the resource method it governs, {@code Class#method}, for messages
   * @throws IllegalStateException with the {@code [conflicting-policies]} message when another
   *     endpoint with a different policy already governs the same template and HTTP method
   */
  synchronized void add(CorsEndpoint endpoint, String owner) {
    PathTemplate template = PathTemplate.parse(endpoint.pathTemplate());
    Route.Binding binding = Route.Binding.of(endpoint, owner);
    List<Route> next = new ArrayList<>(Arrays.asList(routes));
    for (int i = 0; i < next.size(); i++) {
      Route route = next.get(i);
      if (!route.template().equals(template)) {
        continue;
      }
      Route.Binding existing = route.exact(endpoint.httpMethod());
      if (existing == null) {
        next.set(i, route.with(binding));
        publish(next);
      } else if (!existing.endpoint().policy().equals(endpoint.policy())) {
        throw new IllegalStateException(
            Message.CONFLICTING_POLICIES.format(
                owner, existing.owner(), endpoint.httpMethod(), endpoint.pathTemplate()));
      }
      return; // the same policy reported twice, e.g. by two registrations of one resource
    }
    next.add(new Route(template, List.of(binding)));
    publish(next);
  }

  /**
   * The route for an application-relative, still-encoded request path (with or without its leading
   * slash), or {@code null} when no annotated template matches it.
   */
  Route route(String path) {
    String absolute = path.startsWith("/") ? path : "/" + path;
    for (Route route : routes) {
      if (route.template().matches(absolute)) {
        return route;
      }
    }
    return null;
  }

  boolean isEmpty() {
    return routes.length == 0;
  }

  private void publish(List<Route> next) {
    next.sort((a, b) -> PathTemplate.MOST_SPECIFIC_FIRST.compare(a.template(), b.template()));
    routes = next.toArray(new Route[0]);
  }
}
