package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointBinderTest {

  static class Outer {
    static class Inner {
      public void find(String name, long id, byte[] body, Outer.Inner[] more) {}
    }
  }

  @Test
  void namesGeneratedClassAfterNestedResource() {
    assertThat(EndpointBinder.generatedName(Outer.Inner.class))
        .isEqualTo("dev.credcors.jaxrs.EndpointBinderTest_Outer_Inner_CredentialedCors");
  }

  @Test
  void keysMethodsByErasedParameterTypeNames() throws Exception {
    assertThat(
            EndpointBinder.javaMethodKey(
                Outer.Inner.class.getMethod(
                    "find", String.class, long.class, byte[].class, Outer.Inner[].class)))
        .isEqualTo(
            "find(java.lang.String,long,byte[],"
                + "dev.credcors.jaxrs.EndpointBinderTest$Outer$Inner[])");
  }

  @Test
  void findsGeneratedClassThroughProxySubclass() {
    assertThat(EndpointBinder.load(ProxyOfSample.class))
        .extracting(CorsEndpoint::javaMethod)
        .containsExactly("get()");
    assertThat(EndpointBinder.load(String.class)).isEmpty();
  }

  static class ProxyOfSample extends Sample {}

  @dev.credcors.CredentialedCors(origins = "https://app.example.com")
  static class CompiledWithoutProcessor {
    public String get() {
      return "";
    }
  }

  @Test
  void bindsAFilterToTheGeneratedEndpointsMethodAndRoutesIt() throws Exception {
    PreflightRouter router = new PreflightRouter();
    List<Object> registered = new ArrayList<>();
    new EndpointBinder(router)
        .configure(info(ProxyOfSample.class, Sample.class.getMethod("get")), context(registered));
    assertThat(registered).singleElement().isInstanceOf(CorsResponseFilter.class);
    assertThat(router.route("/sample")).isNotNull();
  }

  @Test
  void leavesUnannotatedResourcesAlone() throws Exception {
    PreflightRouter router = new PreflightRouter();
    List<Object> registered = new ArrayList<>();
    new EndpointBinder(router)
        .configure(info(String.class, String.class.getMethod("trim")), context(registered));
    assertThat(registered).isEmpty();
    assertThat(router.isEmpty()).isTrue();
  }

  @Test
  void annotatedResourceWithoutGeneratedClassFailsStartUp() throws Exception {
    ResourceInfo info =
        info(CompiledWithoutProcessor.class, CompiledWithoutProcessor.class.getMethod("get"));
    assertThatThrownBy(
            () -> new EndpointBinder(new PreflightRouter()).configure(info, context(List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the credcors processor did not run")
        .hasMessageContaining("cors-processor");
  }

  private static ResourceInfo info(Class<?> resourceClass, Method method) {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return resourceClass;
      }
    };
  }

  /** A FeatureContext that records what is registered on it and supports nothing else. */
  private static FeatureContext context(List<Object> registered) {
    return (FeatureContext)
        Proxy.newProxyInstance(
            FeatureContext.class.getClassLoader(),
            new Class<?>[] {FeatureContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("register")) {
                registered.add(args[0]);
                return proxy;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
