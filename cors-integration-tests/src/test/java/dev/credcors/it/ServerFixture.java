package dev.credcors.it;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/**
 * A real server running one application on 127.0.0.1 at an ephemeral port.
 *
 * <p>The suites are written once and run by one module per stack (under {@code
 * integration-stacks/}); each of those puts its own server on the class path and names the {@link
 * Kind} that starts it in the system property {@value #KIND_PROPERTY}.
 */
public interface ServerFixture extends AutoCloseable {

  /** The system property naming the {@link Kind} class a stack module runs the suites on. */
  String KIND_PROPERTY = "credcors.it.server";

  /**
   * Starts a server of this kind for {@code application}; public with a no-argument constructor.
   */
  interface Kind {
    ServerFixture start(Application application) throws Exception;
  }

  /** The application's base URI, ending in {@code /}. */
  URI base();

  /** Stops the server; never throws. */
  @Override
  void close();

  /** The kind the running stack module chose; fails loudly rather than test nothing. */
  static Kind chosen() {
    String name = chosenName();
    try {
      return Class.forName(name).asSubclass(Kind.class).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(KIND_PROPERTY + "=" + name + " is not a server kind", e);
    }
  }

  /** The class name of the kind the running stack module chose, for a child JVM to choose too. */
  static String chosenName() {
    String name = System.getProperty(KIND_PROPERTY);
    if (name == null || name.isBlank()) {
      throw new IllegalStateException(
          "no server kind: run the suites from a module under integration-stacks/, which sets "
              + KIND_PROPERTY);
    }
    return name;
  }
}
