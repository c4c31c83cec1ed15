package dev.credcors.bench.jaxrs;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records what a {@link Feature} or {@link jakarta.ws.rs.container.DynamicFeature} registers, the
 * way a container would at start-up, without a container. Classes are instantiated with their
 * no-argument constructor, as a container without injection would.
 */
final class CapturingFeatureContext implements FeatureContext, Configuration {

  private final List<Object> components = new ArrayList<>();
  private final Map<Object, Set<Class<?>>> contracts = new IdentityHashMap<>();
  private final Map<String, Object> properties = new HashMap<>();

  List<Object> components() {
    return components;
  }

  /**
   * The components registered as {@code contract}: instances of it registered without contracts, or
   * with it among theirs (a filter bound as a response filter only is not a request filter).
   */
  <T> List<T> registeredAs(Class<T> contract) {
    List<T> found = new ArrayList<>();
    for (Object component : components) {
      Set<Class<?>> given = contracts.get(component);
      if (contract.isInstance(component) && (given == null || given.contains(contract))) {
        found.add(contract.cast(component));
      }
    }
    return found;
  }

  @Override
  public Configuration getConfiguration() {
    return this;
  }

  @Override
  public FeatureContext property(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  @Override
  public FeatureContext register(Class<?> componentClass) {
    try {
      var constructor = componentClass.getDeclaredConstructor();
      constructor.setAccessible(true);
      components.add(constructor.newInstance());
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new IllegalStateException("cannot instantiate " + componentClass, cause);
    }
    return this;
  }

  @Override
  public FeatureContext register(Class<?> componentClass, int priority) {
    return register(componentClass);
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
    return register(componentClass);
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
    return register(componentClass);
  }

  @Override
  public FeatureContext register(Object component) {
    components.add(component);
    return this;
  }

  @Override
  public FeatureContext register(Object component, int priority) {
    return register(component);
  }

  @Override
  public FeatureContext register(Object component, Class<?>... contracts) {
    this.contracts.put(component, Set.of(contracts));
    return register(component);
  }

  @Override
  public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
    this.contracts.put(component, Set.copyOf(contracts.keySet()));
    return register(component);
  }

  @Override
  public RuntimeType getRuntimeType() {
    return RuntimeType.SERVER;
  }

  @Override
  public Map<String, Object> getProperties() {
    return properties;
  }

  @Override
  public Object getProperty(String name) {
    return properties.get(name);
  }

  @Override
  public Collection<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public boolean isEnabled(Feature feature) {
    return false;
  }

  @Override
  public boolean isEnabled(Class<? extends Feature> featureClass) {
    return false;
  }

  @Override
  public boolean isRegistered(Object component) {
    return components.contains(component);
  }

  @Override
  public boolean isRegistered(Class<?> componentClass) {
    return components.stream().anyMatch(componentClass::isInstance);
  }

  @Override
  public Map<Class<?>, Integer> getContracts(Class<?> componentClass) {
    return Map.of();
  }

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of();
  }

  @Override
  public Set<Object> getInstances() {
    return new LinkedHashSet<>(components);
  }
}
