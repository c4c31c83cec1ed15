package dev.credcors.jaxrs;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a property through MicroProfile Config. This is the only class that names MicroProfile
 * types, and it is loaded only after {@link #ifPresent} has found the API, so the dependency stays
 * optional.
 */
final class MicroProfileLookup {

  private static final String CONFIG_PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";

  private MicroProfileLookup() {}

  /** The lookup, or empty when MicroProfile Config is not on the class path. */
  static Optional<Function<String, Optional<String>>> ifPresent(ClassLoader loader) {
    try {
      Class.forName(CONFIG_PROVIDER, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    return Optional.of(MicroProfileLookup::value);
  }

  /**
   * The property's value; empty when MicroProfile Config has none (it treats an empty value as
   * none) or when only its API is present, without an implementation to read from.
   */
  private static Optional<String> value(String name) {
    try {
      return ConfigProvider.getConfig().getOptionalValue(name, String.class);
    } catch (RuntimeException | java.util.ServiceConfigurationError e) {
      return Optional.empty();
    }
  }
}
