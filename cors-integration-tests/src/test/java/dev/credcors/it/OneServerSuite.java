package dev.credcors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A suite that runs against one server of one kind, started once for all its tests with the plain
 * {@link TestApplication}: no CORS registration code, so credcors must arrive through the runtime
 * jar's service file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OneServerSuite {

  /** The running server, between {@link #start} and {@link #stop}. */
  ServerFixture server;

  /** Starts this suite's kind of server: the one the stack module chose. */
  ServerFixture.Kind kind() {
    return ServerFixture.chosen();
  }

  /** The application the server runs; a suite that needs more resources adds them here. */
  TestApplication application() {
    return new TestApplication();
  }

  @BeforeAll
  void start() throws Exception {
    server = kind().start(application());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }
}
