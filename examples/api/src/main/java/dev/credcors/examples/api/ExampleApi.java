package dev.credcors.examples.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The example application: its resources and its authentication filter, and nothing about CORS. The
 * credcors runtime registers itself (Jakarta REST 3.1 service loading) and finds the classes the
 * processor generated for the annotated resources.
 */
@ApplicationPath("/")
public class ExampleApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        SessionResource.class,
        ProfileResource.class,
        ItemsResource.class,
        TransfersResource.class,
        AuthenticationFilter.class);
  }
}
