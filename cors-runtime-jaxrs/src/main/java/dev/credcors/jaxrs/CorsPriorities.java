package dev.credcors.jaxrs;

import jakarta.ws.rs.Priorities;

/** Filter priorities (Jakarta REST 3.1 section 6.8 "Priorities"). */
final class CorsPriorities {

  /**
   * Request filters run in ascending priority: the preflight filter runs ahead of every
   * authentication filter, so credential-less preflights are answered rather than rejected.
   */
  static final int PREFLIGHT = Priorities.AUTHENTICATION - 200;

  /**
   * Response filters run in descending priority: a low value runs late, so the policy has the last
   * word over CORS headers set by resource code and by the usual header-decorating filters.
   */
  static final int RESPONSE = Priorities.AUTHENTICATION - 200;

  /**
   * The write guard of each generated filter runs after matching (filters bound to a resource
   * method cannot run before it) but ahead of every authentication filter, so a forged write is
   * refused before anything acts on the credentials it carries.
   */
  static final int WRITE_GUARD = Priorities.AUTHENTICATION - 100;

  private CorsPriorities() {}
}
