package dev.credcors.jaxrs;

import dev.credcors.policy.PathTemplate;
import java.util.ArrayList;
import java.util.List;

/**
 * One path template under credentialed CORS and the endpoints served on it, one per HTTP method.
 * Immutable; {@link PreflightRouter} builds new ones as resources are reported at start-up.
 */
final class Route {

  /**
   * An endpoint with its {@code Access-Control-Allow-Methods} list split once, and the resource
   * method it came from for messages.
   */
  record Binding(CorsEndpoint endpoint, String owner, String[] allowedMethods) {

    static Binding of(CorsEndpoint endpoint, String owner) {
      return new Binding(endpoint, owner, Vary.tokens(endpoint.allowMethods()));
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

  Route(PathTemplate template, List<Binding> bindings) {
    this.template = template;
    this.bindings = List.copyOf(bindings);
  }

  PathTemplate template() {
    return template;
  }

  List<Binding> bindings() {
    return bindings;
  }

  Route with(Binding binding) {
    List<Binding> more = new ArrayList<>(bindings);
    more.add(binding);
    return new Route(template, more);
  }

  /** The binding for an HTTP method: the endpoint serving it, else GET for HEAD, else the first. */
  Binding binding(String method) {
    Binding get = null;
    for (Binding binding : bindings) {
      String served = binding.endpoint().httpMethod();
      if (served.equals(method)) {
        return binding;
      }
      if (get == null && served.equals("GET")) {
        get = binding;
      }
    }
    // Jakarta REST serves HEAD with the GET method when there is no HEAD method (section 3.3.5).
    // Any other method not served here is decided by the policy governing the path, whose
    // Access-Control-Allow-Methods list is then the authority.
    return "HEAD".equals(method) && get != null ? get : bindings.get(0);
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
