package dev.credcors.jaxrs;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The CORS header names (WHATWG Fetch, section 3.2 "CORS protocol") and the screening of the
 * request headers that carry them. Values come from the network, so everything here accepts any
 * string, including {@code null}, and never throws.
 */
final class CorsHeaders {

  static final String ORIGIN = "Origin";

  /** Fetch Metadata (W3C "Fetch Metadata Request Headers"): who initiated the request. */
  static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

  static final String VARY = "Vary";
  static final String SET_COOKIE = "Set-Cookie";
  static final String REQUEST_METHOD = "Access-Control-Request-Method";
  static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
  static final String REQUEST_PRIVATE_NETWORK = "Access-Control-Request-Private-Network";
  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
  static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
  static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
  static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
  static final String MAX_AGE = "Access-Control-Max-Age";
  static final String ALLOW_PRIVATE_NETWORK = "Access-Control-Allow-Private-Network";
  static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

  /** The prefix every CORS response header shares; resource code may not set any of them. */
  static final String PREFIX = "Access-Control-";

  /**
   * Longest {@code Access-Control-Request-Headers} value considered. Browsers send the
   * non-safelisted header names of one request, lower-cased and comma-separated; a value longer
   * than this is not a browser's, and refusing it bounds the work.
   */
  static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

  private CorsHeaders() {}

  /**
   * The value of a header that must occur exactly once, or {@code null} when it is absent or
   * repeated: two {@code Origin} headers are not an origin (RFC 9110 section 5.3 allows combining
   * only list-valued fields).
   */
  static String single(List<String> values) {
    return values != null && values.size() == 1 ? values.get(0) : null;
  }

  /**
   * Sets a header that {@code headers} is known not to hold. {@code putSingle} would look the name
   * up and then insert it, and Jersey's header map lower-cases the name for each of the two; one
   * {@code put} does it once (BENCHMARKS.md). The list stays mutable: a later filter may add to it.
   */
  static <V> void putAbsent(MultivaluedMap<String, V> headers, String name, V value) {
    List<V> values = new ArrayList<>(1);
    values.add(value);
    headers.put(name, values);
  }

  /** Whether {@code value} is an RFC 9110 {@code token} (section 5.6.2), such as a method name. */
  static boolean isToken(String value) {
    if (value == null || value.isEmpty() || value.length() > 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isTokenChar(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every name in a comma-separated {@code Access-Control-Request-Headers} value is one of
   * {@code allowedLowerCase}, compared case-insensitively (Fetch, CORS-preflight fetch step 7.6).
   * Empty list elements are ignored as RFC 9110 section 5.6.1 asks; any character that cannot be in
   * a header name makes the whole value not allowed. Allocates nothing.
   */
  static boolean allNamesAllowed(String value, String[] allowedLowerCase) {
    return value != null
        && value.length() <= MAX_REQUEST_HEADERS_LENGTH
        && refusedAt(value, allowedLowerCase) < 0;
  }

  /**
   * The first name in an {@code Access-Control-Request-Headers} value that {@link #allNamesAllowed}
   * refuses, for the log: a name not in {@code allowedLowerCase}, or the text from the first
   * character that cannot be in a list of names; {@code null} if there is none.
   */
  static String firstRefusedName(String value, String[] allowedLowerCase) {
    String scanned = value.substring(0, Math.min(value.length(), MAX_REQUEST_HEADERS_LENGTH));
    int start = refusedAt(scanned, allowedLowerCase);
    if (start < 0) {
      return null;
    }
    int end = start;
    while (end < scanned.length() && isTokenChar(scanned.charAt(end))) {
      end++;
    }
    return end > start && (end == scanned.length() || ", \t".indexOf(scanned.charAt(end)) >= 0)
        ? scanned.substring(start, end)
        : scanned.substring(start, Math.min(scanned.length(), start + 64));
  }

  /**
   * Where the first refused element of a comma-separated name list starts, or -1 when every name is
   * in {@code allowedLowerCase}. Empty list elements are ignored as RFC 9110 section 5.6.1 asks;
   * any character that cannot be in a header name refuses the element it is in. Allocates nothing.
   */
  private static int refusedAt(String value, String[] allowedLowerCase) {
    int i = 0;
    int length = value.length();
    while (i < length) {
      char c = value.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int start = i;
      while (i < length && isTokenChar(value.charAt(i))) {
        i++;
      }
      if (i == start) {
        return start; // neither a separator nor a token character: CR, LF, non-ASCII, ...
      }
      int end = i;
      while (i < length && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
        i++;
      }
      if (i < length && value.charAt(i) != ',') {
        return start; // "a b" is not a list of names
      }
      if (!contains(allowedLowerCase, value, start, end - start)) {
        return start;
      }
    }
    return -1;
  }

  /** Whether a response header name is a CORS one, regardless of case. */
  static boolean isCorsResponseHeader(String name) {
    return name != null && name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  private static boolean contains(String[] allowed, String value, int offset, int length) {
    for (String name : allowed) {
      if (name.length() == length && name.regionMatches(true, 0, value, offset, length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || (c < 0x80 && "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
  }
}
