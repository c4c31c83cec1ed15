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
 * parts, not by a hash of them, so no crafted origin can pass for another one.
 *
 * <p>A clock read costs more than the rest of a refused request (BENCHMARKS.md), so a repeat does
 * not always read it: each time a repeat finds its denial still inside the window, the next 1, 2,
 * 4, ... up to {@link #MAX_UNCHECKED} repeats are suppressed without a look at the clock. A line is
 * only ever written after a clock read, so no denial is logged twice in a window; a denial that
 * keeps recurring is logged again within {@link #MAX_UNCHECKED} repeats of its window's end.
 * Updates are racy by design (two threads may both log the same denial once, or read the clock once
 * more): the cost of exactness would be a lock on every denial.
 */
final class DenialRateLimit {

  static final int SLOTS = 1024;
  static final int MAX_PER_WINDOW = 100;
  static final long WINDOW_NANOS = 60_000_000_000L;

  /** Origins are remembered (and compared) up to this many characters, and by their length. */
  static final int MAX_REMEMBERED_ORIGIN = 512;

  /** The most repeats of a logged denial suppressed in a row without reading the clock. */
  static final int MAX_UNCHECKED = 64;

  /**
   * A logged denial. Its key and time are final, so a slot can be replaced without a lock: a reader
   * sees a whole older or newer one. The count of repeats still to suppress without the clock is
   * racy: a lost update only moves a clock read.
   */
  private static final class Logged {
    private final Object endpoint;
    private final Object reason;
    private final String origin;
    private final int length;
    private final long time;
    private int unchecked;
    private int nextUnchecked = 1;

    Logged(Object endpoint, Object reason, String origin, int length, long time) {
      this.endpoint = endpoint;
      this.reason = reason;
      this.origin = origin;
      this.length = length;
      this.time = time;
    }

    boolean sameAs(Object endpoint, Object reason, String origin) {
      return this.endpoint == endpoint
          && this.reason == reason
          && (origin == null
              ? this.origin == null
              : this.origin != null
                  && length == origin.length()
                  // equals (an intrinsic) where the whole origin is remembered, else the prefix
                  && (length == this.origin.length()
                      ? origin.equals(this.origin)
                      : origin.startsWith(this.origin)));
    }

    /** Whether this repeat is suppressed without reading the clock, counting it if so. */
    boolean suppressedUnchecked() {
      int left = unchecked;
      if (left <= 0) {
        return false;
      }
      unchecked = left - 1;
      return true;
    }

    /** A repeat found inside the window: suppress twice as many before the next look. */
    void stillInWindow() {
      int next = nextUnchecked;
      unchecked = next;
      nextUnchecked = Math.min(MAX_UNCHECKED, next * 2);
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
    int slot = slot(endpoint, reason, origin);
    Logged last = slots[slot];
    boolean repeat = last != null && last.sameAs(endpoint, reason, origin);
    if (repeat && last.suppressedUnchecked()) {
      return false;
    }
    long now = clock.getAsLong();
    long start = windowStart.get();
    if (now - start >= window && windowStart.compareAndSet(start, now)) {
      inWindow.set(0);
    }
    if (repeat && now - last.time < window) {
      last.stillInWindow();
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
      hash = hash * 31 + sample(origin);
    }
    hash ^= hash >>> 16;
    return hash & (SLOTS - 1);
  }

  /**
   * A hash of {@code origin} from its length and four of its characters: a refused origin is a new
   * string on every request, and {@code String.hashCode} reads every character (without vector
   * instructions on JDK 17). Origins that share it only share a slot and evict each other, which
   * the global cap bounds; slots are compared by the whole remembered origin.
   */
  static int sample(String origin) {
    int length = origin.length();
    if (length == 0) {
      return 0;
    }
    int hash = length;
    hash = hash * 31 + origin.charAt(length - 1);
    hash = hash * 31 + origin.charAt(length / 2);
    hash = hash * 31 + origin.charAt(length / 3);
    return hash * 31 + origin.charAt((length * 3) / 4);
  }
}
