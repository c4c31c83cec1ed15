package dev.credcors.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a request's {@code Origin} header value is one a policy trusts: by exact,
 * case-sensitive equality with a listed origin, or by a whole-value match of a listed pattern.
 *
 * <p>The value comes from the network, so it is screened. A serialized origin (WHATWG HTML,
 * "serialization of an origin") is a scheme, {@code ://}, a host of at most 253 characters and an
 * optional port, all visible ASCII. Anything longer than {@link #MAX_ORIGIN_LENGTH} is refused
 * before any pattern runs, which bounds the work a hostile header can cause; a value that is empty,
 * {@code "null"} (sent by sandboxed and opaque documents, so by anyone) or holds a space, control
 * or non-ASCII character is never allowed, whatever a pattern says. Exact origins are found in a
 * hash set: no regular expression and no allocation.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OriginMatcher {

  /**
   * The longest {@code Origin} value considered: {@code https://} (8), a 253-character host, a
   * colon and a five-digit port come to 267; the margin costs nothing.
   */
  public static final int MAX_ORIGIN_LENGTH = 300;

  // A HashSet, not Set.copyOf: its lookup masks the hash where the immutable set's divides it,
  // which was a measurable part of deciding an allowed origin (BENCHMARKS.md). Never modified
  // after construction, so concurrent lookups are safe.
  private final HashSet<String> exactOrigins;
  private final Pattern[] patterns;

  private OriginMatcher(HashSet<String> exactOrigins, Pattern[] patterns) {
    this.exactOrigins = exactOrigins;
    this.patterns = patterns;
  }

  /**
   * A matcher for the given exact origins and patterns.
   *
   * @throws IllegalArgumentException if an exact origin is {@code "*"} or {@code "null"}, which no
   *     credentialed policy may allow, or is not even shaped like a serialized origin (see {@link
   *     #allows}); the compile-time and start-up rules reject all of them first
   */
  public static OriginMatcher of(Collection<String> exactOrigins, Collection<Pattern> patterns) {
    HashSet<String> exact = new HashSet<>();
    for (String origin : exactOrigins) {
      Objects.requireNonNull(origin, "origin");
      if (origin.equals("*") || origin.equals("null")) {
        throw new IllegalArgumentException(
            "a credentialed CORS policy must not allow the origin \"" + origin + "\"");
      }
      if (!isPlausibleOrigin(origin)) {
        throw new IllegalArgumentException(
            "not a serialized origin: \"" + Printable.escapeNonAscii(origin) + "\"");
      }
      exact.add(origin);
    }
    List<Pattern> list = new ArrayList<>();
    for (Pattern pattern : patterns) {
      list.add(Objects.requireNonNull(pattern, "pattern"));
    }
    return new OriginMatcher(exact, list.toArray(new Pattern[0]));
  }

  /**
   * Whether {@code origin}, the raw value of a request's single {@code Origin} header, is allowed.
   * Never throws: a value that is not a plausible serialized origin is simply not allowed.
   */
  public boolean allows(String origin) {
    if (origin == null || origin.length() > MAX_ORIGIN_LENGTH) {
      return false;
    }
    // Every exact origin is a checked serialized origin, so one found here needs no screening.
    if (exactOrigins.contains(origin)) {
      return true;
    }
    // The length bound above is what bounds a pattern's work; the rest of the screening runs only
    // on a match, so the common refusal of another site's origin does not scan it twice.
    for (Pattern pattern : patterns) {
      if (pattern.matcher(origin).matches()) {
        return isPlausibleOrigin(origin);
      }
    }
    return false;
  }

  /**
   * Whether {@code value} has the shape of a serialized origin at all: non-empty, at most {@link
   * #MAX_ORIGIN_LENGTH} characters of visible ASCII, and not the opaque origin {@code "null"}.
   */
  static boolean isPlausibleOrigin(String value) {
    if (value == null) {
      return false;
    }
    int length = value.length();
    if (length == 0 || length > MAX_ORIGIN_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      // Visible ASCII only (RFC 9110 VCHAR): rejects SP, HTAB, CR, LF, DEL and anything non-ASCII.
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return !value.equals("null");
  }

  /** The exact origins, for inventories and diagnostics. */
  public Set<String> exactOrigins() {
    return Collections.unmodifiableSet(exactOrigins);
  }

  /** The patterns, in declaration order, for inventories and diagnostics. */
  public List<Pattern> patterns() {
    return List.of(patterns);
  }

  /** Equal when both allow the same exact origins and the same pattern sources and flags. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof OriginMatcher that) || !exactOrigins.equals(that.exactOrigins)) {
      return false;
    }
    if (patterns.length != that.patterns.length) {
      return false;
    }
    for (int i = 0; i < patterns.length; i++) {
      if (!patterns[i].pattern().equals(that.patterns[i].pattern())
          || patterns[i].flags() != that.patterns[i].flags()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = exactOrigins.hashCode();
    for (Pattern pattern : patterns) {
      hash = 31 * hash + pattern.pattern().hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return "OriginMatcher{exact=" + exactOrigins + ", patterns=" + patterns() + "}";
  }
}
