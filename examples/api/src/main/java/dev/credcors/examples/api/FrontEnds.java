package dev.credcors.examples.api;

/**
 * The browser origins this API trusts, named once so that every resource lists the same ones.
 * Annotation values must be compile-time constants, so these are plain strings.
 *
 * <p>The two {@code http://localhost} origins are the front ends' development servers, used by the
 * README's demo and by the browser test. credcors rejects cleartext origins because a network
 * attacker can inject script into them, but a loopback origin can only be served by a process on
 * the user's own machine, so it draws a warning instead of an error; the resources that list them
 * suppress exactly that warning with {@code @SuppressWarnings("credcors:loopback-origin")}, so
 * every other credcors warning still shows. The suppression is deliberate and visible in review: a
 * service that must not trust any loopback origin in production leaves these two out.
 */
final class FrontEnds {

  /** The production single-page app. */
  static final String APP = "https://app.example.com";

  /** The app's per-branch preview deployments: exactly one DNS label under preview.example.com. */
  static final String APP_PREVIEWS = "^https://[a-z0-9-]+\\.preview\\.example\\.com$";

  /** The app's development server (Vite's default port). */
  static final String APP_DEV = "http://localhost:5173";

  /** The back-office console: the only front end that may delete items. */
  static final String ADMIN = "https://admin.example.com";

  /** The console's development server. */
  static final String ADMIN_DEV = "http://localhost:5174";

  private FrontEnds() {}
}
