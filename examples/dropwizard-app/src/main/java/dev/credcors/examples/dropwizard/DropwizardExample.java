package dev.credcors.examples.dropwizard;

import dev.credcors.examples.api.ExampleApi;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Environment;

/**
 * The example API on Dropwizard. Its resources and authentication filter are registered the
 * Dropwizard way, through {@code environment.jersey()}; note what is missing: no CORS filter,
 * feature or provider. Jersey loads the credcors feature from the runtime jar's service file.
 *
 * <p>Run with {@code server example.yml}.
 */
public final class DropwizardExample extends Application<Configuration> {

  @Override
  public void run(Configuration configuration, Environment environment) {
    for (Class<?> component : new ExampleApi().getClasses()) {
      environment.jersey().register(component);
    }
  }

  public static void main(String[] args) throws Exception {
    new DropwizardExample().run(args);
  }
}
