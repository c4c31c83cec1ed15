package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

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
}
