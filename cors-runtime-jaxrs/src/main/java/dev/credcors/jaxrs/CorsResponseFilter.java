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
   * Decorates {@code response}; never throws, and grants nothing when anything goes wrong.
   *
   * @return whether the request's {@code Origin} was granted, or {@code null} when the decision
   *     could not be made (then nothing is granted), so that what follows need not decide again
   */
  static Boolean filter(
      CorsPolicy policy, ContainerRequestContext request, ContainerResponseContext response) {
    try {
      return decorate(policy, request.getHeaders().get(CorsHeaders.ORIGIN), response.getHeaders());
    } catch (RuntimeException e) {
      // Never turn a response into a 500 over CORS: fail closed by granting nothing.
      try {
        removeCorsHeaders(response.getHeaders());
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
   * <p>This runs on every response of the method, so the usual case (no {@code Vary} or CORS header
   * written by the resource) reads the header names once and allocates nothing of its own: the only
   * allocations are the header map's entries for the values it is given.
   *
   * @return whether the origin was granted
   */
  static boolean decorate(
      CorsPolicy policy, List<String> originHeader, MultivaluedMap<String, Object> headers) {
    List<String> varyKeys = headers.isEmpty() ? null : removeCorsHeaders(headers);
    if (varyKeys == null) {
      headers.putSingle(CorsHeaders.VARY, policy.vary());
    } else {
      mergeVary(policy, varyKeys, headers);
    }
    String origin = CorsHeaders.single(originHeader);
    if (policy.allowsOrigin(origin)) {
      headers.putSingle(CorsHeaders.ALLOW_ORIGIN, origin);
      headers.putSingle(CorsHeaders.ALLOW_CREDENTIALS, "true");
      if (!policy.exposeHeaders().isEmpty()) {
        headers.putSingle(CorsHeaders.EXPOSE_HEADERS, policy.exposeHeaders());
      }
      return true;
    }
    return false;
  }

  /**
   * Removes every {@code Access-Control-*} header, whatever its case, and returns the names of the
   * {@code Vary} headers (any case), or {@code null} when there are none. One pass over the names,
   * which allocates only when some name matches; matches are collected before anything is removed
   * because not every header map can remove while iterating.
   */
  static List<String> removeCorsHeaders(MultivaluedMap<String, Object> headers) {
    List<String> matches = null;
    for (String name : headers.keySet()) {
      if (CorsHeaders.isCorsResponseHeader(name) || CorsHeaders.VARY.equalsIgnoreCase(name)) {
        matches = matches == null ? new ArrayList<>(4) : matches;
        matches.add(name);
      }
    }
    if (matches == null) {
      return null;
    }
    List<String> varyKeys = null;
    for (String name : matches) {
      if (CorsHeaders.isCorsResponseHeader(name)) {
        headers.remove(name);
      } else {
        varyKeys = varyKeys == null ? new ArrayList<>(2) : varyKeys;
        varyKeys.add(name);
      }
    }
    return varyKeys;
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
