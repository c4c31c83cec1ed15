package dev.credcors.it;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/** A real server running one application on 127.0.0.1 at an ephemeral port. */
interface ServerFixture extends AutoCloseable {

  /** Starts a server of this kind for {@code application}. */
  interface Kind {
    ServerFixture start(Application application) throws Exception;
  }

  /** The application's base URI, ending in {@code /}. */
  URI base();

  /** Stops the server; never throws. */
  @Override
  void close();
}
