package dev.credcors.examples.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The example's two users and their display names, in memory (a real service has a database). */
final class Accounts {

  private static final Map<String, String> PASSWORDS =
      Map.of("alice", "wonderland", "bob", "builder");

  private static final Map<String, String> DISPLAY_NAMES =
      new ConcurrentHashMap<>(Map.of("alice", "Alice Liddell", "bob", "Bob the Builder"));

  private Accounts() {}

  /** Whether the password is the user's, compared in constant time. */
  static boolean verify(String user, String password) {
    String expected = PASSWORDS.get(user);
    return expected != null
        && password != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
  }

  static Optional<String> displayName(String user) {
    return Optional.ofNullable(DISPLAY_NAMES.get(user));
  }

  static void rename(String user, String displayName) {
    DISPLAY_NAMES.replace(user, displayName);
  }
}
