package dev.credcors.it.configured;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** One resource whose origins come from configuration, and no CORS registration code. */
public class ConfiguredApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ConfiguredResource.class);
  }
}
