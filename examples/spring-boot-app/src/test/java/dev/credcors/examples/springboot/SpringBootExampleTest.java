package dev.credcors.examples.springboot;

import dev.credcors.examples.checks.ExampleApiChecks;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The shared checks against the example API on Spring Boot's Jersey starter (Tomcat). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SpringBootExampleTest extends ExampleApiChecks {

  @Value("${local.server.port}")
  int port;

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }
}
