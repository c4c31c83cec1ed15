package dev.credcors.examples.dropwizard;

import dev.credcors.examples.checks.ExampleApiChecks;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared checks against the example API on Dropwizard, started by its JUnit 5 extension. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DropwizardExampleTest extends ExampleApiChecks {

  private static final DropwizardAppExtension<Configuration> APP =
      new DropwizardAppExtension<>(
          DropwizardExample.class,
          Path.of("example.yml").toAbsolutePath().toString(),
          ConfigOverride.config("server.applicationConnectors[0].port", "0"),
          ConfigOverride.config("server.adminConnectors[0].port", "0"));

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/");
  }
}
