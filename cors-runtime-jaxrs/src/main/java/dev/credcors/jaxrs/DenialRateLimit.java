package dev.credcors.jaxrs;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides which denials are worth an {@code INFO} line: each (endpoint, reason, origin) at most
 * once per window, and no more than {@link #MAX_PER_WINDOW} lines per window in all, so a flood of
 * distinct hostile origins neither floods the log nor grows memory.
 *
 * <p>Memory is fixed at construction: {@link #SLOTS} slots, each the last denial logged in it and
 * when. A denial lands in the slot its hash selects and evicts whatever was there; an evicted one
 * may be logged again within the window, which the global cap bounds. A slot is compared by its
 * parts, not by a hash of them, so no crafted origin can pass for another one; and the origin's
 * {@code String.hashCode} is usually already computed by the allowlist lookup, so a repeat costs
 * the clock read and a comparison. Updates are racy by design (two threads may both log the same
 * denial once): the cost of exactness would be a lock on every denial.
 */
final class DenialRateLimit {

  static final int SLOTS = 1024;
  static final int MAX_PER_WINDOW = 100;
  static final long WINDOW_NANOS = 60_000_000_000L;

  /** Origins are remembered (and compared) up to this many characters, and by their length. */
  static final int MAX_REMEMBERED_ORIGIN = 512;

  /**
   * A logged denial. Immutable, so a slot can be replaced without a lock: a reader sees a whole
   * older or newer record.
   */
  private record Logged(Object endpoint, Object reason, String origin, int length, long time) {

    boolean sameAs(Object endpoint, Object reason, String origin) {
      return this.endpoint == endpoint
          && this.reason == reason
          && (origin == null
              ? this.origin == null
              : this.origin != null && length == origin.length() && origin.startsWith(this.origin));
    }
  }

  private final LongSupplier clock;
  private final long window;
  private final Logged[] slots = new Logged[SLOTS];
  private final AtomicLong windowStart;
  private final AtomicLong inWindow = new AtomicLong();

  DenialRateLimit() {
    this(System::nanoTime, WINDOW_NANOS);
  }

  DenialRateLimit(LongSupplier clock, long windowNanos) {
    this.clock = clock;
    this.window = windowNanos;
    this.windowStart = new AtomicLong(clock.getAsLong());
  }

  /**
   * Whether the denial of {@code origin} (the first {@code Origin} value, or {@code null}) for this
   * reason on this endpoint may be logged at {@code INFO} now; records it if so. Endpoint and
   * reason are compared by identity.
   */
  boolean admit(Object endpoint, Object reason, String origin) {
    long now = clock.getAsLong();
    long start = windowStart.get();
    if (now - start >= window && windowStart.compareAndSet(start, now)) {
      inWindow.set(0);
    }
    int slot = slot(endpoint, reason, origin);
    Logged last = slots[slot];
    if (last != null && now - last.time() < window && last.sameAs(endpoint, reason, origin)) {
      return false;
    }
    if (inWindow.incrementAndGet() > MAX_PER_WINDOW) {
      return false;
    }
    String remembered =
        origin == null || origin.length() <= MAX_REMEMBERED_ORIGIN
            ? origin
            : origin.substring(0, MAX_REMEMBERED_ORIGIN);
    slots[slot] =
        new Logged(endpoint, reason, remembered, origin == null ? 0 : origin.length(), now);
    return true;
  }

  private static int slot(Object endpoint, Object reason, String origin) {
    int hash = System.identityHashCode(endpoint) * 31 + System.identityHashCode(reason);
    if (origin != null) {
      hash = hash * 31 + (origin.length() <= MAX_REMEMBERED_ORIGIN ? origin.hashCode() : 0);
    }
    hash ^= hash >>> 16;
    return hash & (SLOTS - 1);
  }
}
