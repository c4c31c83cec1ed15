package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Decorates the responses of one resource method with its policy's CORS headers (WHATWG Fetch,
 * section 3.2.3 "HTTP responses"). Bound to that method only, by {@link EndpointBinder}; response
 * filters also run for responses built by exception mappers and by filters that abort after
 * matching, so error responses are decorated too.
 */
final class CorsResponseFilter implements ContainerResponseFilter {

  private final CorsPolicy policy;

  CorsResponseFilter(CorsPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    try {
      decorate(policy, request.getHeaders().get(CorsHeaders.ORIGIN), response.getHeaders());
    } catch (RuntimeException e) {
      // Never turn a response into a 500 over CORS: fail closed by granting nothing.
      try {
        removeCorsHeaders(response.getHeaders());
      } catch (RuntimeException ignored) {
        // The response headers cannot even be read; there is nothing left to grant.
      }
    }
  }

  /**
   * Makes {@code headers} say exactly what {@code policy} allows for a request whose {@code Origin}
   * header values are {@code originHeader}: CORS headers set by resource code are removed (the
   * policy is authoritative), {@code Vary} gains the policy's names, and only a single allowed
   * origin gets {@code Access-Control-Allow-Origin} (echoing it, never {@code *}) and {@code
   * Access-Control-Allow-Credentials: true}.
   */
  static void decorate(
      CorsPolicy policy, List<String> originHeader, MultivaluedMap<String, Object> headers) {
    removeCorsHeaders(headers);
    mergeVary(policy, headers);
    String origin = CorsHeaders.single(originHeader);
    if (policy.allowsOrigin(origin)) {
      headers.putSingle(CorsHeaders.ALLOW_ORIGIN, origin);
      headers.putSingle(CorsHeaders.ALLOW_CREDENTIALS, "true");
      if (!policy.exposeHeaders().isEmpty()) {
        headers.putSingle(CorsHeaders.EXPOSE_HEADERS, policy.exposeHeaders());
      }
    }
  }

  /** Removes every {@code Access-Control-*} header, whatever its case. */
  static void removeCorsHeaders(MultivaluedMap<String, Object> headers) {
    List<String> corsKeys = keys(headers, CorsHeaders::isCorsResponseHeader);
    if (corsKeys != null) {
      for (String name : corsKeys) {
        headers.remove(name);
      }
    }
  }

  private static void mergeVary(CorsPolicy policy, MultivaluedMap<String, Object> headers) {
    List<String> varyKeys = keys(headers, CorsHeaders.VARY::equalsIgnoreCase);
    if (varyKeys == null) {
      headers.putSingle(CorsHeaders.VARY, policy.vary());
      return;
    }
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

  /**
   * The header names {@code matching}, or {@code null} when none do (the usual case, which then
   * allocates no list). Collected first because not every header map can remove while iterating.
   */
  private static List<String> keys(
      MultivaluedMap<String, Object> headers, Predicate<String> matching) {
    List<String> keys = null;
    for (String name : headers.keySet()) {
      if (matching.test(name)) {
        keys = keys == null ? new ArrayList<>(4) : keys;
        keys.add(name);
      }
    }
    return keys;
  }
}
