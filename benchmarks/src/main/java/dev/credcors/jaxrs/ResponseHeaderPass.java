package dev.credcors.jaxrs;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Benchmarks only: credcors' own pass over a response's header names ({@code
 * CorsResponseFilter.scan}), reached from this package because it is not public API. The pipeline's
 * {@code ORIGIN_ECHO_PASS} mode runs it, so that what DESIGN.md section 5's guarantees cost on the
 * response (the policy authoritative over {@code Access-Control-*} headers, {@code Vary} merged)
 * can be told apart from what the CORS decision costs.
 */
public final class ResponseHeaderPass {

  private ResponseHeaderPass() {}

  /**
   * Removes every {@code Access-Control-*} header from {@code headers}, as credcors does before it
   * writes its own.
   *
   * @return whether a {@code Vary} header is present, which the caller must then merge into
   */
  public static boolean run(MultivaluedMap<String, Object> headers) {
    CorsResponseFilter.Scan found = CorsResponseFilter.scan(headers);
    return found != null && found.varyKeys() != null;
  }
}
