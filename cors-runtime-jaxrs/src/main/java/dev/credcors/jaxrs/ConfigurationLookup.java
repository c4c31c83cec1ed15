package dev.credcors.jaxrs;

import dev.credcors.policy.Attribute;
import dev.credcors.policy.ConfiguredOrigins.Resolution;
import dev.credcors.policy.PropertyNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the value of a configuration property at start-up, first hit wins, and records where it
 * came from: MicroProfile Config when it is on the class path (Quarkus, Helidon, Open Liberty,
 * Payara, SmallRye), then the system property of that name, then the environment variable of that
 * name, then its MicroProfile forms ({@code app.cors.origins} -> {@code app_cors_origins} -> {@code
 * APP_CORS_ORIGINS}). MicroProfile Config is optional: without it nothing of it is loaded.
 */
final class ConfigurationLookup {

  static final String MICRO_PROFILE = "MicroProfile Config";

  private final Optional<Function<String, Optional<String>>> microProfile;
  private final Function<String, String> systemProperties;
  private final Function<String, String> environment;

  ConfigurationLookup(
      Optional<Function<String, Optional<String>>> microProfile,
      Function<String, String> systemProperties,
      Function<String, String> environment) {
    this.microProfile = microProfile;
    this.systemProperties = systemProperties;
    this.environment = environment;
  }

  /**
   * The lookup of this JVM: MicroProfile Config if present, its system properties, its environment.
   */
  static ConfigurationLookup ofThisProcess() {
    return new ConfigurationLookup(
        MicroProfileLookup.ifPresent(ConfigurationLookup.class.getClassLoader()),
        System::getProperty,
        System::getenv);
  }

  Resolution resolve(Attribute attribute, String name) {
    List<String> lookedIn = new ArrayList<>();
    if (microProfile.isPresent()) {
      lookedIn.add(MICRO_PROFILE);
      Optional<String> value = microProfile.get().apply(name);
      if (value.isPresent()) {
        return new Resolution(attribute, name, value, MICRO_PROFILE);
      }
    }
    lookedIn.add("system property " + name);
    String property = systemProperties.apply(name);
    if (property != null) {
      return new Resolution(attribute, name, Optional.of(property), "system property");
    }
    for (String variable : environmentNames(name)) {
      lookedIn.add("environment " + variable);
      String value = environment.apply(variable);
      if (value != null) {
        return new Resolution(attribute, name, Optional.of(value), "environment " + variable);
      }
    }
    return new Resolution(attribute, name, Optional.empty(), String.join(", ", lookedIn));
  }

  /** The name itself, then MicroProfile Config's environment-variable forms, without repeats. */
  static Set<String> environmentNames(String name) {
    Set<String> names = new LinkedHashSet<>();
    names.add(name);
    names.add(PropertyNames.environmentForm(name, false));
    names.add(PropertyNames.environmentForm(name, true));
    return names;
  }
}
