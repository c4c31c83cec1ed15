package dev.credcors.it;

import dev.credcors.it.configured.ConfiguredApplication;

/**
 * Runs the configured-origins application in a JVM of its own, on the server kind named by the
 * system property {@value ServerFixture#KIND_PROPERTY}, so that a test can give it an environment. Prints {@code PORT <n>} once serving and stops when its standard input closes; a
 * refused start-up prints {@code REFUSED} and the failure's messages and exits with status 3.
 */
public final class ChildServer {

  private ChildServer() {}

  public static void main(String[] args) throws Exception {
    ServerFixture server;
    try {
      server = ServerFixture.chosen().start(new ConfiguredApplication());
    } catch (Exception | Error e) {
      System.out.println("REFUSED");
      StartUpLines.messages(e).forEach(System.out::println);
      System.out.flush();
      System.exit(3);
      return;
    }
    try (server) {
      System.out.println("PORT " + server.base().getPort());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the parent closes our standard input
      }
    }
    System.exit(0); // server threads that outlive close() must not keep the JVM up
  }
}
