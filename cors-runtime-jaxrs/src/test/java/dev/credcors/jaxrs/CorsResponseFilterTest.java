package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorsResponseFilterTest {

  private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

  @Test
  void allowedOriginGetsOriginCredentialsExposeAndVary() {
    CorsResponseFilter.decorate(Policies.APP, List.of("https://app.example.com"), headers);
    assertThat(headers)
        .containsEntry("Access-Control-Allow-Origin", List.of("https://app.example.com"))
        .containsEntry("Access-Control-Allow-Credentials", List.of("true"))
        .containsEntry("Access-Control-Expose-Headers", List.of("X-Request-Id"))
        .containsEntry("Vary", List.of("Origin"));
  }

  @Test
  void otherOrAbsentOriginGetsOnlyVary() {
    for (List<String> origin :
        List.of(
            List.of("https://evil.test"),
            List.of("null"),
            List.of("https://app.example.com", "https://app.example.com"))) {
      MultivaluedMap<String, Object> response = new MultivaluedHashMap<>();
      CorsResponseFilter.decorate(Policies.APP, origin, response);
      assertThat(response).containsOnlyKeys("Vary");
    }
    CorsResponseFilter.decorate(Policies.APP, null, headers);
    assertThat(headers).containsOnlyKeys("Vary").containsEntry("Vary", List.of("Origin"));
  }

  @Test
  void replacesCorsHeadersSetByResourceCode() {
    headers.add("Access-Control-Allow-Origin", "*");
    headers.add("access-control-allow-methods", "PUT");
    headers.add("Access-Control-Expose-Headers", "Set-Cookie");
    CorsResponseFilter.decorate(Policies.APP, List.of("https://app.example.com"), headers);
    assertThat(headers)
        .containsEntry("Access-Control-Allow-Origin", List.of("https://app.example.com"))
        .containsEntry("Access-Control-Expose-Headers", List.of("X-Request-Id"))
        .doesNotContainKey("access-control-allow-methods");

    MultivaluedMap<String, Object> denied = new MultivaluedHashMap<>();
    denied.add("Access-Control-Allow-Origin", "https://evil.test");
    denied.add("Access-Control-Allow-Credentials", "true");
    CorsResponseFilter.decorate(Policies.APP, List.of("https://evil.test"), denied);
    assertThat(denied).containsOnlyKeys("Vary");
  }

  @Test
  void mergesVaryWithExistingValues() {
    headers.add("Vary", "Accept-Encoding");
    headers.add("vary", "Accept-Language");
    CorsResponseFilter.decorate(Policies.APP, null, headers);
    // Two differently cased keys in a case-sensitive map: their order is the map's, not ours.
    assertThat(headers.get("Vary")).hasSize(1);
    assertThat(headers.getFirst("Vary").toString().split(", "))
        .containsExactlyInAnyOrder("Accept-Encoding", "Accept-Language", "Origin");
    assertThat(headers).doesNotContainKey("vary");
  }

  @Test
  void leavesVaryThatAlreadyNamesOriginOrIsWildcard() {
    headers.add("Vary", "origin, Accept");
    CorsResponseFilter.decorate(Policies.APP, null, headers);
    assertThat(headers.get("Vary")).containsExactly("origin, Accept");

    MultivaluedMap<String, Object> wildcard = new MultivaluedHashMap<>();
    wildcard.add("Vary", "*");
    CorsResponseFilter.decorate(Policies.APP, null, wildcard);
    assertThat(wildcard.get("Vary")).containsExactly("*");
  }

  @Test
  void removesCorsHeadersAndMergesVaryFoundInTheSamePass() {
    headers.add("Content-Type", "application/json");
    headers.add("access-control-allow-origin", "*");
    headers.add("VARY", "Accept-Encoding");
    headers.add("Access-Control-Max-Age", "86400");
    CorsResponseFilter.decorate(Policies.APP, List.of("https://app.example.com"), headers);
    assertThat(headers)
        .containsOnlyKeys(
            "Content-Type",
            "Vary",
            "Access-Control-Allow-Origin",
            "Access-Control-Allow-Credentials",
            "Access-Control-Expose-Headers")
        .containsEntry("Vary", List.of("Accept-Encoding, Origin"))
        .containsEntry("Access-Control-Allow-Origin", List.of("https://app.example.com"));
  }

  @Test
  void reportsVaryKeysOnlyAfterRemovingCorsHeaders() {
    headers.add("Access-Control-Allow-Credentials", "true");
    assertThat(CorsResponseFilter.removeCorsHeaders(headers)).isNull();
    assertThat(headers).isEmpty();

    headers.add("vary", "Accept");
    headers.add("Access-Control-Allow-Methods", "PUT");
    assertThat(CorsResponseFilter.removeCorsHeaders(headers)).containsExactly("vary");
    assertThat(headers).containsOnlyKeys("vary");
  }
}
