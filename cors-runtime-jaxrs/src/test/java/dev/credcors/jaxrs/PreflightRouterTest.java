package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.credcors.policy.Message;
import org.junit.jupiter.api.Test;

class PreflightRouterTest {

  private final PreflightRouter router = new PreflightRouter();

  private void add(String classPath, String methodPath, String method, CorsPolicy policy) {
    String owner = classPath + "#" + method + methodPath;
    CorsEndpoint endpoint =
        policy == null
            ? null
            : CorsEndpoint.of("m()", method, classPath + "/" + methodPath, method, policy);
    router.add(classPath, methodPath, method, endpoint, owner, true);
  }

  private String owner(String path, String method) {
    Route route = router.route(path);
    if (route == null) {
      return null;
    }
    Route.Binding binding = route.binding(method);
    return binding == null ? "unguarded" : binding.owner();
  }

  @Test
  void picksTheMostSpecificMatchingMethodTemplate() {
    add("/items", "{id}", "GET", Policies.APP);
    add("/items", "new", "GET", Policies.PRIVATE_NETWORK);
    add("/items", "{id: [0-9]+}", "GET", Policies.APP);
    add("/items", "", "GET", Policies.APP);
    assertThat(owner("items/new", "GET")).isEqualTo("/items#GETnew");
    assertThat(owner("/items/42/", "GET")).isEqualTo("/items#GET{id: [0-9]+}");
    assertThat(owner("/items/abc", "GET")).isEqualTo("/items#GET{id}");
    assertThat(owner("/items/", "GET")).isEqualTo("/items#GET");
    assertThat(owner("/items/a/b", "GET")).isNull();
    assertThat(owner("/other", "GET")).isNull();
  }

  @Test
  void looksOnlyIntoTheMostSpecificMatchingClassAsJakartaRestDoes() {
    // Section 3.7.2 step 1 picks the class by its own template: "/a/{y: .*}" beats "/a/{x}" on
    // regex variables, so "/a/1/b" goes to it even though "/a/{x}" + "b" has more literals.
    add("/a/{x}", "b", "DELETE", Policies.APP);
    add("/a/{y: .*}", "", "DELETE", Policies.PRIVATE_NETWORK);
    assertThat(owner("/a/1/b", "DELETE")).isEqualTo("/a/{y: .*}#DELETE");
  }

  @Test
  void pathsOfResourcesWithoutPolicyAreNotOurs() {
    add("/{any}", "", "DELETE", Policies.APP);
    add("/admin", "", "DELETE", null);
    assertThat(owner("/admin", "DELETE")).isEqualTo("unguarded");
    assertThat(owner("/other", "DELETE")).isEqualTo("/{any}#DELETE");
    assertThat(router.isEmpty()).isFalse();
  }

  @Test
  void anUnparsableTemplateWithoutPolicyIsSkipped() {
    add("/odd/{id", "", "GET", null);
    add("/items", "", "GET", Policies.APP);
    assertThat(owner("/items", "GET")).isEqualTo("/items#GET");
  }

  @Test
  void onlyUnguardedResourcesMeanNothingToRoute() {
    add("/admin", "", "DELETE", null);
    assertThat(router.isEmpty()).isTrue();
  }

  @Test
  void groupsResourcesSharingAClassTemplate() {
    add("/items", "{id}", "GET", Policies.APP);
    add("items/", "{x}", "DELETE", Policies.APP);
    assertThat(owner("/items/1", "DELETE")).isEqualTo("items/#DELETE{x}");
    assertThat(owner("/items/1", "GET")).isEqualTo("/items#GET{id}");
  }

  @Test
  void samePolicyTwiceIsFine() {
    add("/items", "", "GET", Policies.APP);
    add("/items", "", "GET", Policies.APP);
    assertThat(router.route("/items").bindings()).hasSize(1);
  }

  @Test
  void differentPoliciesForTheSamePathAndMethodFailStartUp() {
    add("/items", "{id}", "GET", Policies.APP);
    assertThatThrownBy(() -> add("/items/{x}", "", "GET", Policies.PRIVATE_NETWORK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            Message.CONFLICTING_POLICIES.format(
                "/items/{x}#GET", "/items#GET{id}", "GET", "/items/{x}/"));
  }

  @Test
  void writeGuardSwitchesArePartOfThePolicy() {
    CorsPolicy sameSite =
        CorsPolicy.builder()
            .exactOrigins("https://app.example.com")
            .allowSameSiteWrites(true)
            .build();
    CorsPolicy guardOff =
        CorsPolicy.builder()
            .exactOrigins("https://app.example.com")
            .refuseCrossSiteWrites(false)
            .build();
    CorsPolicy plain = CorsPolicy.builder().exactOrigins("https://app.example.com").build();
    assertThat(plain).isNotEqualTo(sameSite).isNotEqualTo(guardOff);
    assertThat(sameSite).isNotEqualTo(guardOff);
    add("/items", "", "POST", plain);
    assertThatThrownBy(() -> add("/items", "", "POST", guardOff))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("[conflicting-policies] ");
  }

  @Test
  void aRememberedRouteNeverOutlivesARouteAddedLater() {
    add("/items", "{id}", "GET", Policies.APP);
    assertThat(owner("/items/42", "GET")).isEqualTo("/items#GET{id}");
    assertThat(owner("/orders/7", "GET")).isNull(); // remembered as matching nothing
    add("/orders", "{id}", "GET", Policies.APP);
    add("/items", "42", "GET", Policies.PRIVATE_NETWORK);
    assertThat(owner("/orders/7", "GET")).isEqualTo("/orders#GET{id}");
    assertThat(owner("/items/42", "GET")).isEqualTo("/items#GET42");
  }

  @Test
  void manyDistinctPathsEvictEachOtherWithoutChangingAnyAnswer() {
    add("/items", "{id: [0-9]+}", "GET", Policies.APP);
    add("/items", "new", "GET", Policies.PRIVATE_NETWORK);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 4 * PreflightRouter.CACHE_SIZE; i++) {
        assertThat(owner("/items/" + i, "GET")).isEqualTo("/items#GET{id: [0-9]+}");
        assertThat(owner("/items/x" + i, "GET")).isNull();
        assertThat(owner("/items/new", "GET")).isEqualTo("/items#GETnew");
      }
    }
    String longId = "1".repeat(PreflightRouter.MAX_CACHED_PATH);
    assertThat(owner("/items/" + longId, "GET")).isEqualTo("/items#GET{id: [0-9]+}");
    assertThat(owner("/items/" + longId + "x", "GET")).isNull();
  }
}
