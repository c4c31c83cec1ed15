package dev.credcors.it;

import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The application under test: annotated resources, an authentication filter and an exception
 * mapper, and no CORS registration code. Variants change only the properties or add classes.
 */
public class TestApplication extends Application {

  private final Map<String, Object> properties;
  private final Set<Class<?>> extra;

  public TestApplication() {
    this(Map.of(), Set.of());
  }

  public TestApplication(Map<String, Object> properties, Set<Class<?>> extra) {
    this.properties = Map.copyOf(properties);
    this.extra = Set.copyOf(extra);
  }

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>();
    classes.add(ItemsResource.class);
    classes.add(DeviceResource.class);
    classes.add(PlainResource.class);
    classes.add(PrivateNamedResource.class);
    classes.add(Catalog.Entries.class);
    classes.add(SessionAuthFilter.class);
    classes.add(ItemFailureMapper.class);
    classes.add(CounterResource.class);
    classes.add(CounterResource.Report.class);
    classes.add(CounterResource.Mixed.class);
    classes.add(MethodOverrideFilter.class);
    classes.addAll(extra);
    return classes;
  }

  @Override
  public Map<String, Object> getProperties() {
    return properties;
  }
}
