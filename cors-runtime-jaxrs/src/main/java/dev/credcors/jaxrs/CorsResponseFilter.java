package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The response side of every generated filter: decorates the responses of one resource method with
 * its policy's CORS headers (WHATWG Fetch, section 3.2.3 "HTTP responses"). The generated filter is
 * bound to that method only, by {@link EndpointBinder}; response filters also run for responses
 * built by exception mappers and by filters that abort after matching, so error responses are
 * decorated too.
 */
final class CorsResponseFilter {

  private CorsResponseFilter() {}

  /**
   * The request's {@code Origin} header values, or {@code null} when it has none or they cannot be
   * read (then nothing is granted).
   */
  static List<String> originHeader(ContainerRequestContext request) {
    try {
      return request.getHeaders().get(CorsHeaders.ORIGIN);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Decorates {@code response} for a request whose {@code Origin} header values are {@code
   * originHeader}; never throws, and grants nothing when anything goes wrong.
   *
   * @return what was decided, or {@code null} when the decision could not be made (then nothing is
   *     granted), so that what follows need not decide again
   */
  static Outcome filter(
      CorsPolicy policy, List<String> originHeader, ContainerResponseContext response) {
    try {
      return decorate(policy, originHeader, response.getHeaders());
    } catch (RuntimeException e) {
      // Never turn a response into a 500 over CORS: fail closed by granting nothing.
      try {
        scan(response.getHeaders());
      } catch (RuntimeException ignored) {
        // The response headers cannot even be read; there is nothing left to grant.
      }
      return null;
    }
  }

  /**
   * Makes {@code headers} say exactly what {@code policy} allows for a request whose {@code Origin}
   * header values are {@code originHeader}: CORS headers set by resource code are removed (the
   * policy is authoritative), {@code Vary} gains the policy's names, and only a single allowed
   * origin gets {@code Access-Control-Allow-Origin} (echoing it, never {@code *}) and {@code
   * Access-Control-Allow-Credentials: true}.
   *
   * <p>This runs on every response of the method, so the usual case (no {@code Vary}, CORS or
   * {@code Set-Cookie} header written by the resource) reads the header names once and allocates
   * nothing of its own: the only allocations are the header map's entries for the values it is
   * given.
   */
  static Outcome decorate(
      CorsPolicy policy, List<String> originHeader, MultivaluedMap<String, Object> headers) {
    // After the scan no CORS header is left, and a Vary header only where it says so.
    Scan found = scan(headers);
    if (found == null || found.varyKeys() == null) {
      CorsHeaders.putAbsent(headers, CorsHeaders.VARY, policy.vary());
    } else {
      mergeVary(policy, found.varyKeys(), headers);
    }
    String origin = CorsHeaders.single(originHeader);
    if (!policy.allowsOrigin(origin)) {
      return Outcome.REFUSED;
    }
    CorsHeaders.putAbsent(headers, CorsHeaders.ALLOW_ORIGIN, origin);
    CorsHeaders.putAbsent(headers, CorsHeaders.ALLOW_CREDENTIALS, "true");
    if (!policy.exposeHeaders().isEmpty()) {
      CorsHeaders.putAbsent(headers, CorsHeaders.EXPOSE_HEADERS, policy.exposeHeaders());
    }
    return found != null && found.setsCookie() ? Outcome.GRANTED_SETTING_COOKIES : Outcome.GRANTED;
  }

  /** What {@link #decorate} decided. */
  enum Outcome {
    /** No grant: no {@code Origin}, or one the policy does not allow. */
    REFUSED,
    /** The origin was granted and the response sets no cookie. */
    GRANTED,
    /** The origin was granted on a response that sets a cookie, which the cookie check reads. */
    GRANTED_SETTING_COOKIES;

    boolean granted() {
      return this != REFUSED;
    }
  }

  /**
   * What {@link #scan} found besides the CORS headers it removed.
   *
   * @param varyKeys the names of the {@code Vary} headers (any case), or {@code null} for none
   * @param setsCookie whether a {@code Set-Cookie} header (any case) is present
   */
  record Scan(List<String> varyKeys, boolean setsCookie) {}

  /**
   * Removes every {@code Access-Control-*} header, whatever its case, and says where the {@code
   * Vary} headers are and whether a cookie is set; {@code null} when the names hold none of these.
   * An empty map is not iterated at all; otherwise one pass over the names, which allocates only
   * when some name matches (then the cookie check need not look up {@code Set-Cookie} again, a
   * lookup that lower-cases the name in Jersey); matches are collected before anything is removed
   * because not every header map can remove while iterating.
   */
  static Scan scan(MultivaluedMap<String, Object> headers) {
    if (headers.isEmpty()) {
      return null;
    }
    List<String> matches = null;
    for (String name : headers.keySet()) {
      if (CorsHeaders.isCorsResponseHeader(name)
          || CorsHeaders.VARY.equalsIgnoreCase(name)
          || CorsHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
        matches = matches == null ? new ArrayList<>(4) : matches;
        matches.add(name);
      }
    }
    if (matches == null) {
      return null;
    }
    List<String> varyKeys = null;
    boolean setsCookie = false;
    for (String name : matches) {
      if (CorsHeaders.isCorsResponseHeader(name)) {
        headers.remove(name);
      } else if (CorsHeaders.VARY.equalsIgnoreCase(name)) {
        varyKeys = varyKeys == null ? new ArrayList<>(2) : varyKeys;
        varyKeys.add(name);
      } else {
        setsCookie = true;
      }
    }
    return new Scan(varyKeys, setsCookie);
  }

  /** Merges the policy's names into the {@code Vary} headers stored under {@code varyKeys}. */
  private static void mergeVary(
      CorsPolicy policy, List<String> varyKeys, MultivaluedMap<String, Object> headers) {
    StringBuilder joined = new StringBuilder();
    int values = 0;
    for (String key : varyKeys) {
      List<Object> list = headers.get(key);
      for (Object value : list == null ? List.of() : list) {
        if (value != null) {
          if (joined.length() > 0) {
            joined.append(", ");
          }
          joined.append(value);
          values++;
        }
      }
    }
    String existing = joined.toString().strip();
    String merged = Vary.merge(existing, policy.varyTokens());
    if (merged == existing && values == 1 && varyKeys.size() == 1) {
      return; // already names everything (or is "*"): leave the header exactly as written
    }
    for (String key : varyKeys) {
      headers.remove(key);
    }
    headers.putSingle(CorsHeaders.VARY, merged);
  }
}
