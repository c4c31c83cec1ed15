package dev.credcors.jaxrs;

import dev.credcors.policy.PathTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes of every resource class sharing one class-level {@code @Path} template (Jakarta REST
 * treats them as one resource), most specific method template first. Immutable.
 */
final class ResourceRoute {

  private final PathTemplate template;
  private final List<Route> routes;

  ResourceRoute(PathTemplate template, List<Route> routes) {
    this.template = template;
    List<Route> sorted = new ArrayList<>(routes);
    sorted.sort((a, b) -> PathTemplate.MOST_SPECIFIC_FIRST.compare(a.template(), b.template()));
    this.routes = List.copyOf(sorted);
  }

  PathTemplate template() {
    return template;
  }

  List<Route> routes() {
    return routes;
  }

  /** This resource with {@code route} replacing the one with the same template, or added. */
  ResourceRoute with(Route route) {
    List<Route> next = new ArrayList<>(routes);
    next.removeIf(r -> r.template().equals(route.template()));
    next.add(route);
    return new ResourceRoute(template, next);
  }

  /** The route for a method template, or a new empty one. */
  Route route(PathTemplate methodTemplate) {
    for (Route route : routes) {
      if (route.template().equals(methodTemplate)) {
        return route;
      }
    }
    return Route.of(methodTemplate);
  }

  /**
   * The route serving what is left of the path after the class template (section 3.7.2 step 2): the
   * class's own resource methods when nothing or {@code /} is left, otherwise the most specific
   * method template matching the rest; {@code null} when none does.
   */
  Route match(String remainder) {
    if (remainder.isEmpty() || remainder.equals("/")) {
      for (Route route : routes) {
        if (route.template().normalized().equals("/")) {
          return route;
        }
      }
    }
    for (Route route : routes) {
      if (route.template().matches(remainder)) {
        return route;
      }
    }
    return null;
  }
}
