package dev.credcors.jaxrs;

/** Filter priorities (Jakarta REST 3.1 section 6.8 "Priorities"). */
final class CorsPriorities {

  /**
   * {@code Priorities.AUTHENTICATION}, written as its specified value: javac inlines the constant
   * but still records its class in the constant pool, and the javax relocation of this jar must
   * name no {@code jakarta} class at all. {@code CorsPrioritiesTest} keeps the two equal.
   */
  static final int AUTHENTICATION = 1000;

  /**
   * Request filters run in ascending priority: the preflight filter runs ahead of every
   * authentication filter, so credential-less preflights are answered rather than rejected.
   */
  static final int PREFLIGHT = AUTHENTICATION - 200;

  /**
   * Response filters run in descending priority: a low value runs late, so the policy has the last
   * word over CORS headers set by resource code and by the usual header-decorating filters.
   */
  static final int RESPONSE = AUTHENTICATION - 200;

  /**
   * The write guard of each generated filter runs after matching (filters bound to a resource
   * method cannot run before it) but ahead of every authentication filter, so a forged write is
   * refused before anything acts on the credentials it carries.
   */
  static final int WRITE_GUARD = AUTHENTICATION - 100;

  private CorsPriorities() {}
}
