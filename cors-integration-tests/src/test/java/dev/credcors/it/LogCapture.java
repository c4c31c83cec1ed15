package dev.credcors.it;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what the credcors runtime logs (logger {@code dev.credcors.jaxrs}, through {@code
 * System.Logger}, which is java.util.logging here) while it is open.
 */
final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger = Logger.getLogger("dev.credcors.jaxrs");
  private final List<String> messages = new ArrayList<>();

  LogCapture() {
    logger.addHandler(this);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    messages.add(record.getMessage());
  }

  synchronized List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
