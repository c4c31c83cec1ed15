package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The feature and its scanned dynamic feature together: the dynamic feature binds methods exactly
 * where the implementation dropped the binder the feature registered (Quarkus REST), and nowhere
 * else, so an implementation that both loads the service file and scans the jar binds nothing
 * twice.
 */
class CredentialedCorsDynamicFeatureTest {

  @Test
  void bindsThroughTheFeaturesBinderWhereTheContextDroppedIt() throws Exception {
    Map<String, Object> properties = new HashMap<>();
    List<Object> registered = new ArrayList<>();
    new CredentialedCorsFeature().configure(context(properties, registered, false));

    List<Object> bound = new ArrayList<>();
    new CredentialedCorsDynamicFeature().configure(sampleGet(), context(properties, bound, false));

    assertThat(registered).hasAtLeastOneElementOfType(PreflightFilter.class);
    assertThat(bound).singleElement().isInstanceOf(Sample_CorsFilter.class);
  }

  @Test
  void doesNothingWhereTheFeaturesOwnRegistrationTook() throws Exception {
    Map<String, Object> properties = new HashMap<>();
    new CredentialedCorsFeature().configure(context(properties, new ArrayList<>(), true));

    List<Object> bound = new ArrayList<>();
    new CredentialedCorsDynamicFeature().configure(sampleGet(), context(properties, bound, true));

    assertThat(properties).doesNotContainKey(CredentialedCorsFeature.UNREGISTERED_BINDER_PROPERTY);
    assertThat(bound).isEmpty();
  }

  @Test
  void doesNothingWithoutTheFeature() throws Exception {
    List<Object> bound = new ArrayList<>();
    new CredentialedCorsDynamicFeature()
        .configure(sampleGet(), context(new HashMap<>(), bound, false));

    assertThat(bound).isEmpty();
  }

  private static ResourceInfo sampleGet() throws NoSuchMethodException {
    return EndpointBinderTest.info(Sample.class, Sample.class.getMethod("get"));
  }

  /**
   * A server-side FeatureContext over {@code properties} that records what is registered; {@code
   * keepsRegistrations} says whether its configuration then reports a registered instance, as
   * Jersey's and RESTEasy's do and Quarkus REST's does not.
   */
  private static FeatureContext context(
      Map<String, Object> properties, List<Object> registered, boolean keepsRegistrations) {
    Configuration configuration =
        (Configuration)
            Proxy.newProxyInstance(
                Configuration.class.getClassLoader(),
                new Class<?>[] {Configuration.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getRuntimeType" -> RuntimeType.SERVER;
                      case "getProperty" -> properties.get((String) args[0]);
                      case "isRegistered" ->
                          keepsRegistrations
                              && !(args[0] instanceof Class<?>)
                              && registered.contains(args[0]);
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (FeatureContext)
        Proxy.newProxyInstance(
            FeatureContext.class.getClassLoader(),
            new Class<?>[] {FeatureContext.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getConfiguration" -> configuration;
                  case "property" -> {
                    properties.put((String) args[0], args[1]);
                    yield proxy;
                  }
                  case "register" -> {
                    registered.add(args[0]);
                    yield proxy;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
