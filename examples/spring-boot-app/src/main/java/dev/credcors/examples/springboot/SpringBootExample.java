package dev.credcors.examples.springboot;

import dev.credcors.examples.api.ExampleApi;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The example API on Spring Boot's Jersey starter. The one bean is the app's own Jersey
 * configuration, as every Jersey starter app has; note what it leaves out: no CORS filter, feature
 * or provider. Jersey loads the credcors feature from the runtime jar's service file.
 */
@SpringBootApplication
public class SpringBootExample {

  /** The resources and the authentication filter of the shared example API. */
  @Bean
  ResourceConfig jersey() {
    return ResourceConfig.forApplication(new ExampleApi());
  }

  public static void main(String[] args) {
    SpringApplication.run(SpringBootExample.class, args);
  }
}
