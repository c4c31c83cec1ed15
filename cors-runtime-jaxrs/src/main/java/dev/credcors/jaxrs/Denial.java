package dev.credcors.jaxrs;

import dev.credcors.policy.OriginMatcher;
import java.util.List;

/**
 * Why a request got no CORS grant: the one reason code a denial log line carries. The codes are
 * stable (docs/RUNTIME.md lists them) so a log query can count them.
 */
enum Denial {
  ORIGIN_NOT_LISTED("origin-not-listed", "origin not listed"),
  MALFORMED_ORIGIN("malformed-origin", "malformed or repeated Origin"),
  ORIGIN_TOO_LONG("origin-too-long", "origin too long"),
  METHOD_NOT_ALLOWED("method-not-allowed", "method not allowed"),
  HEADER_NOT_ALLOWED("header-not-allowed", "request header not allowed"),
  FORGED_WRITE("forged-write", "forged write refused");

  private final String code;
  private final String description;

  Denial(String code, String description) {
    this.code = code;
    this.description = description;
  }

  String code() {
    return code;
  }

  String description() {
    return description;
  }

  /**
   * Why the {@code Origin} header values {@code originHeader} were not allowed, for a policy that
   * refused them: repeated, empty, oversized or not shaped like a serialized origin, or a
   * well-formed origin (including the opaque {@code null}) the policy does not list.
   */
  static Denial ofOrigin(List<String> originHeader) {
    String origin = CorsHeaders.single(originHeader);
    if (origin == null || origin.isEmpty()) {
      return MALFORMED_ORIGIN;
    }
    if (origin.length() > OriginMatcher.MAX_ORIGIN_LENGTH) {
      return ORIGIN_TOO_LONG;
    }
    return looksLikeOrigin(origin) ? ORIGIN_NOT_LISTED : MALFORMED_ORIGIN;
  }

  /**
   * {@code null}, or {@code scheme://} followed by visible ASCII without a path: close enough to a
   * browser's serialization that "not listed" (with a near miss) says more than "malformed".
   */
  private static boolean looksLikeOrigin(String origin) {
    if (origin.equals("null")) {
      return true;
    }
    int colon = origin.indexOf("://");
    if (colon <= 0) {
      return false;
    }
    for (int i = 0; i < origin.length(); i++) {
      char c = origin.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
