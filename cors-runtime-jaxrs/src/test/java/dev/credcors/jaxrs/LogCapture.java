package dev.credcors.jaxrs;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what a {@link System.Logger} writes, through the JUL backend the JDK binds it to when no
 * other {@code LoggerFinder} is installed: the path a JUL user's log takes. Close it to detach.
 */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final Level previous;
  private final List<LogRecord> records = new ArrayList<>();

  private LogCapture(String name, Level level) {
    this.logger = Logger.getLogger(name);
    this.previous = logger.getLevel();
    logger.setLevel(level);
    setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /** Captures {@code name} at {@code level} and below (JUL {@code FINE} is System.Logger DEBUG). */
  public static LogCapture of(String name, Level level) {
    return new LogCapture(name, level);
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  public synchronized List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** Every message, whatever its level, in the order logged. */
  public synchronized List<String> messages() {
    List<String> out = new ArrayList<>();
    for (LogRecord record : records) {
      out.add(record.getMessage());
    }
    return out;
  }

  public synchronized List<String> messages(Level level) {
    List<String> out = new ArrayList<>();
    for (LogRecord record : records) {
      if (record.getLevel().equals(level)) {
        out.add(record.getMessage());
      }
    }
    return out;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
