package dev.credcors.examples.quarkus;

import dev.credcors.examples.checks.ExampleApiChecks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/** The shared checks against the example API on Quarkus REST, started by {@code @QuarkusTest}. */
@QuarkusTest
class QuarkusExampleTest extends ExampleApiChecks {

  @TestHTTPResource("/")
  URL base;

  @Override
  protected URI baseUri() {
    try {
      return base.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
