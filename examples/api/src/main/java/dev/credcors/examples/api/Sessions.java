package dev.credcors.examples.api;

import jakarta.ws.rs.core.Cookie;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session tokens, accepted two ways: as the {@value #COOKIE} cookie a browser sends by itself, or
 * as an {@code Authorization: Bearer} header a front end adds. Both are credentials, which is why
 * the resources need a credentialed CORS policy.
 */
final class Sessions {

  static final String COOKIE = "session";

  /** How long a session lasts, on the server and in the cookie's Max-Age. */
  private static final Duration LIFETIME = Duration.ofHours(1);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

  private record Session(String user, Instant expires) {}

  private Sessions() {}

  static String open(String user) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    SESSIONS.put(token, new Session(user, Instant.now().plus(LIFETIME)));
    return token;
  }

  static void close(String token) {
    SESSIONS.remove(token);
  }

  /** The request's token: the bearer token if there is one, else the session cookie. */
  static Optional<String> token(String authorization, Map<String, Cookie> cookies) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(authorization.substring(7).trim());
    }
    Cookie cookie = cookies.get(COOKIE);
    return cookie == null ? Optional.empty() : Optional.of(cookie.getValue());
  }

  /** The user of a session that exists and has not expired. */
  static Optional<String> user(String token) {
    Session session = SESSIONS.get(token);
    if (session == null) {
      return Optional.empty();
    }
    if (Instant.now().isAfter(session.expires())) {
      SESSIONS.remove(token, session);
      return Optional.empty();
    }
    return Optional.of(session.user());
  }

  /**
   * The {@code Set-Cookie} value for a new session. {@code SameSite=None} lets the browser send it
   * on cross-origin calls from the front ends, which is the point of credentialed CORS; {@code
   * Secure} is what browsers require for {@code SameSite=None} (loopback counts as secure, so the
   * examples work over plain http); {@code HttpOnly} keeps page scripts from reading it.
   */
  static String cookie(String token) {
    return COOKIE
        + "="
        + token
        + "; Path=/api; Max-Age="
        + LIFETIME.toSeconds()
        + "; Secure; HttpOnly; SameSite=None";
  }

  /** The {@code Set-Cookie} value that makes the browser forget the session. */
  static String expiredCookie() {
    return COOKIE + "=; Path=/api; Max-Age=0; Secure; HttpOnly; SameSite=None";
  }
}
