package dev.credcors.examples.api;

/**
 * The browser origins this API trusts, named once so that every resource lists the same ones.
 * Annotation values must be compile-time constants, so these are plain strings.
 *
 * <p>Each environment's own front-end origins (the development servers {@code
 * http://localhost:5173} and {@code :5174} on a laptop, a staging host elsewhere) come from the
 * configuration properties {@link #APP_ORIGINS} and {@link #ADMIN_ORIGINS}, so one artifact serves
 * every environment; credcors resolves and checks them when the application starts, with the rules
 * javac applies to the literals here. The README's demo and the browser test set them to the two
 * development servers. credcors rejects cleartext origins because a network attacker can inject
 * script into them, but a loopback origin can only be served by a process on the user's own
 * machine, so it draws a warning instead of an error; the resources suppress exactly that warning
 * with {@code @SuppressWarnings("credcors:loopback-origin")}, at start-up as at compile time, so
 * every other warning still shows. Production simply does not set a loopback origin.
 */
final class FrontEnds {

  /** The production single-page app. */
  static final String APP = "https://app.example.com";

  /** The app's per-branch preview deployments: exactly one DNS label under preview.example.com. */
  static final String APP_PREVIEWS = "^https://[a-z0-9-]+\\.preview\\.example\\.com$";

  /**
   * The configuration property naming the app's other origins in this environment, e.g. its
   * development server {@code http://localhost:5173} (Vite's default port).
   */
  static final String APP_ORIGINS = "credcors.example.app-origins";

  /** The back-office console: the only front end that may delete items. */
  static final String ADMIN = "https://admin.example.com";

  /**
   * The configuration property naming the console's other origins in this environment, e.g. its
   * development server {@code http://localhost:5174}.
   */
  static final String ADMIN_ORIGINS = "credcors.example.admin-origins";

  private FrontEnds() {}
}
