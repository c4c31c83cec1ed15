package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class ResourcePathsTest {

  interface ItemsApi {
    @DELETE
    @Path("{id}")
    void remove(String id);
  }

  @Path("/items")
  static class Items implements ItemsApi {
    @GET
    public String list() {
      return "";
    }

    @Override
    public void remove(String id) {}

    public void helper() {}
  }

  static class ItemsProxy extends Items {}

  @Test
  void readsOwnAnnotations() throws Exception {
    assertThat(ResourcePaths.classPath(Items.class)).isEqualTo("/items");
    assertThat(ResourcePaths.methodPath(Items.class.getMethod("list"))).isEmpty();
    assertThat(ResourcePaths.httpMethod(Items.class.getMethod("list"))).isEqualTo("GET");
  }

  @Test
  void inheritsMethodAnnotationsFromTheInterface() throws Exception {
    var remove = Items.class.getMethod("remove", String.class);
    assertThat(ResourcePaths.methodPath(remove)).isEqualTo("{id}");
    assertThat(ResourcePaths.httpMethod(remove)).isEqualTo("DELETE");
  }

  @Test
  void findsTheClassPathBehindAProxySubclass() {
    assertThat(ResourcePaths.classPath(ItemsProxy.class)).isEqualTo("/items");
    assertThat(ResourcePaths.classPath(String.class)).isNull();
  }

  @Test
  void methodsWithoutDesignatorHaveNone() throws Exception {
    assertThat(ResourcePaths.httpMethod(Items.class.getMethod("helper"))).isNull();
  }
}
