package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.credcors.policy.PathTemplate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreflightTest {

  private static final String ORIGIN = "https://app.example.com";
  private static final String PREFLIGHT_VARY =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private final Route route =
      new Route(
          PathTemplate.parse("/items/{id}"),
          List.of(
              Route.Binding.of(
                  CorsEndpoint.of("get(long)", "GET", "/items/{id}", "GET, DELETE", Policies.APP),
                  "Items#get",
                  true),
              Route.Binding.of(
                  CorsEndpoint.of(
                      "delete(long)", "DELETE", "/items/{id}", "GET, DELETE", Policies.APP),
                  "Items#delete",
                  true)),
          Set.of());

  private Preflight decide(
      List<String> origin, List<String> method, List<String> headers, List<String> pna) {
    return decide(route, origin, method, headers, pna);
  }

  /** What the filter does: pick the binding for the requested method, then decide. */
  private static Preflight decide(
      Route route,
      List<String> origin,
      List<String> method,
      List<String> headers,
      List<String> pna) {
    return Preflight.decide(
        route.binding(CorsHeaders.single(method)), origin, method, headers, pna);
  }

  @Test
  void allowedPreflightGetsEveryGrant() {
    Preflight answer =
        decide(List.of(ORIGIN), List.of("DELETE"), List.of("content-type,x-csrf-token"), null);
    assertThat(answer.status()).isEqualTo(204);
    assertThat(answer.headers())
        .containsExactly(
            entry("Access-Control-Allow-Origin", ORIGIN),
            entry("Access-Control-Allow-Credentials", "true"),
            entry("Access-Control-Allow-Methods", "GET, DELETE"),
            entry("Access-Control-Allow-Headers", "Content-Type, X-CSRF-Token"),
            entry("Access-Control-Max-Age", "600"),
            entry("Vary", PREFLIGHT_VARY));
  }

  @Test
  void patternOriginIsEchoed() {
    String preview = "https://pr-7.preview.example.com";
    Preflight answer = decide(List.of(preview), List.of("GET"), null, null);
    assertThat(answer.headers()).containsEntry("Access-Control-Allow-Origin", preview);
  }

  @Test
  void deniesWrongOriginMethodOrHeader() {
    assertDenied(decide(List.of("https://evil.test"), List.of("GET"), null, null));
    assertDenied(decide(List.of(ORIGIN), List.of("PUT"), null, null));
    assertDenied(decide(List.of(ORIGIN), List.of("delete"), null, null));
    assertDenied(decide(List.of(ORIGIN), List.of("GET"), List.of("x-other"), null));
    assertDenied(decide(List.of(ORIGIN), List.of("GET"), List.of("content-type,x-other"), null));
  }

  @Test
  void deniesHostileHeaderValues() {
    assertDenied(decide(List.of(""), List.of("GET"), null, null));
    assertDenied(decide(List.of("null"), List.of("GET"), null, null));
    assertDenied(decide(List.of(ORIGIN, ORIGIN), List.of("GET"), null, null));
    assertDenied(decide(List.of(ORIGIN + "\r\nX: y"), List.of("GET"), null, null));
    assertDenied(decide(List.of("https://" + "a".repeat(65536)), List.of("GET"), null, null));
    assertDenied(decide(List.of(ORIGIN), List.of("GET", "GET"), null, null));
    assertDenied(decide(List.of(ORIGIN), List.of(""), null, null));
    assertDenied(decide(List.of(ORIGIN), List.of("GET\r\n"), null, null));
    assertDenied(decide(List.of(ORIGIN), List.of("GET"), List.of("content-type\r\nx"), null));
    assertDenied(
        decide(List.of(ORIGIN), List.of("GET"), List.of("content-type", "content-type"), null));
    assertDenied(
        decide(List.of(ORIGIN), List.of("GET"), List.of("content-type,".repeat(6000)), null));
    assertDenied(decide(List.of(ORIGIN), List.of("GET"), List.of("cönten-type"), null));
    assertDenied(decide(null, List.of("GET"), null, null));
  }

  @Test
  void toleratesWhitespaceAndEmptyElementsInRequestHeaders() {
    Preflight answer =
        decide(List.of(ORIGIN), List.of("GET"), List.of(" Content-Type , ,X-Csrf-Token "), null);
    assertThat(answer.status()).isEqualTo(204);
  }

  @Test
  void headIsDecidedByTheGetEndpoint() {
    assertThat(decide(List.of(ORIGIN), List.of("HEAD"), null, null).status()).isEqualTo(403);
    Route withHead =
        new Route(
            route.template(),
            List.of(
                Route.Binding.of(
                    CorsEndpoint.of("get()", "GET", "/x", "GET, HEAD", Policies.APP),
                    "X#get",
                    true)),
            Set.of());
    assertThat(decide(withHead, List.of(ORIGIN), List.of("HEAD"), null, null).status())
        .isEqualTo(204);
  }

  @Test
  void privateNetworkGrantedOnlyWhenAskedAndAllowed() {
    Route pna =
        new Route(
            route.template(),
            List.of(
                Route.Binding.of(
                    CorsEndpoint.of("get()", "GET", "/x", "GET", Policies.PRIVATE_NETWORK),
                    "X#get",
                    true)),
            Set.of());
    Preflight asked = decide(pna, List.of(ORIGIN), List.of("GET"), null, List.of("true"));
    assertThat(asked.headers())
        .containsEntry("Access-Control-Allow-Private-Network", "true")
        .containsEntry(
            "Vary", PREFLIGHT_VARY + ", Access-Control-Request-Private-Network, Accept-Encoding");
    Preflight notAsked = decide(pna, List.of(ORIGIN), List.of("GET"), null, null);
    assertThat(notAsked.headers()).doesNotContainKey("Access-Control-Allow-Private-Network");
    Preflight notAllowed = decide(List.of(ORIGIN), List.of("GET"), null, List.of("true"));
    assertThat(notAllowed.status()).isEqualTo(204);
    assertThat(notAllowed.headers()).doesNotContainKey("Access-Control-Allow-Private-Network");
  }

  @Test
  void methodsServedWithoutPolicyAreNotOurs() {
    Route mixed = route.withUnguarded("PUT");
    assertThat(mixed.binding("PUT")).isNull();
    assertThat(mixed.binding("GET").owner()).isEqualTo("Items#get");
    assertThat(mixed.binding("PATCH").owner()).isEqualTo("Items#get");
    assertThat(Route.of(route.template()).withUnguarded("GET").binding("HEAD")).isNull();
  }

  private static void assertDenied(Preflight answer) {
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.headers()).containsExactly(entry("Vary", PREFLIGHT_VARY));
  }

  private static java.util.Map.Entry<String, String> entry(String name, String value) {
    return java.util.Map.entry(name, value);
  }
}
