package dev.credcors.jaxrs;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * Decides which denials are worth an {@code INFO} line: each (endpoint, reason, origin) at most
 * once per window, and no more than {@link #MAX_PER_WINDOW} lines per window in all, so a flood of
 * distinct hostile origins neither floods the log nor grows memory.
 *
 * <p>Memory is fixed at construction: {@link #SLOTS} slots, each the 64-bit hash of a key and the
 * time it was last logged. A key lands in the slot its hash selects and evicts whatever was there;
 * an evicted key may be logged again within the window, which the global cap bounds. Updates are
 * racy by design (two threads may both log the same key once): the cost of exactness would be a
 * lock on every denial.
 */
final class DenialRateLimit {

  static final int SLOTS = 1024;
  static final int MAX_PER_WINDOW = 100;
  static final long WINDOW_NANOS = 60_000_000_000L;

  private final LongSupplier clock;
  private final long window;
  private final AtomicLongArray keys = new AtomicLongArray(SLOTS);
  private final AtomicLongArray times = new AtomicLongArray(SLOTS);
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

  /** Whether the denial with this key may be logged at {@code INFO} now; records it if so. */
  boolean admit(long key) {
    long now = clock.getAsLong();
    long start = windowStart.get();
    if (now - start >= window && windowStart.compareAndSet(start, now)) {
      inWindow.set(0);
    }
    int slot = (int) ((key ^ (key >>> 32)) & (SLOTS - 1));
    long last = times.get(slot);
    // 0 marks an empty slot; a real time of exactly 0 is merely logged once more.
    if (keys.get(slot) == key && last != 0 && now - last < window) {
      return false;
    }
    if (inWindow.incrementAndGet() > MAX_PER_WINDOW) {
      return false;
    }
    keys.set(slot, key);
    times.set(slot, now == 0 ? 1 : now);
    return true;
  }

  /** A 64-bit FNV-1a hash of the key's parts; at most the first 512 characters of the origin. */
  static long key(Object endpoint, Denial denial, String origin) {
    long hash = 0xcbf29ce484222325L;
    hash = (hash ^ System.identityHashCode(endpoint)) * 0x100000001b3L;
    hash = (hash ^ denial.ordinal()) * 0x100000001b3L;
    if (origin != null) {
      int length = Math.min(origin.length(), 512);
      for (int i = 0; i < length; i++) {
        hash = (hash ^ origin.charAt(i)) * 0x100000001b3L;
      }
      hash = (hash ^ origin.length()) * 0x100000001b3L;
    }
    return hash;
  }
}
