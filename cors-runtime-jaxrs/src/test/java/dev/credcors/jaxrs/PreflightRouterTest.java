package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.credcors.policy.Message;
import org.junit.jupiter.api.Test;

class PreflightRouterTest {

  private final PreflightRouter router = new PreflightRouter();

  private static CorsEndpoint endpoint(String method, String template, CorsPolicy policy) {
    return CorsEndpoint.of("m()", method, template, method, policy);
  }

  @Test
  void picksTheMostSpecificMatchingTemplate() {
    router.add(endpoint("GET", "/items/{id}", Policies.APP), "A#byId");
    router.add(endpoint("GET", "/items/new", Policies.PRIVATE_NETWORK), "A#fresh");
    router.add(endpoint("GET", "/items/{id: [0-9]+}", Policies.APP), "A#numeric");
    assertThat(router.route("items/new").template().template()).isEqualTo("/items/new");
    assertThat(router.route("/items/42/").template().template()).isEqualTo("/items/{id: [0-9]+}");
    assertThat(router.route("/items/abc").template().template()).isEqualTo("/items/{id}");
    assertThat(router.route("/other")).isNull();
  }

  @Test
  void groupsMethodsOfOneTemplate() {
    router.add(endpoint("GET", "/items/{id}", Policies.APP), "A#get");
    router.add(endpoint("DELETE", "/items/{x}", Policies.APP), "B#delete");
    Route route = router.route("/items/1");
    assertThat(route.binding("DELETE").owner()).isEqualTo("B#delete");
    assertThat(route.binding("GET").owner()).isEqualTo("A#get");
  }

  @Test
  void samePolicyTwiceIsFine() {
    router.add(endpoint("GET", "/items", Policies.APP), "A#get");
    router.add(endpoint("GET", "items/", Policies.APP), "B#get");
    assertThat(router.route("/items").bindings()).hasSize(1);
  }

  @Test
  void differentPoliciesForTheSamePathAndMethodFailStartUp() {
    router.add(endpoint("GET", "/items/{id}", Policies.APP), "A#get");
    assertThatThrownBy(
            () -> router.add(endpoint("GET", "/items/{x}", Policies.PRIVATE_NETWORK), "B#get"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(Message.CONFLICTING_POLICIES.format("B#get", "A#get", "GET", "/items/{x}"));
  }
}
