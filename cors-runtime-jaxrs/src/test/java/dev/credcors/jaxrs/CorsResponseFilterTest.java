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
  void reportsVaryKeysAndCookiesOnlyAfterRemovingCorsHeaders() {
    headers.add("Access-Control-Allow-Credentials", "true");
    headers.add("Content-Type", "text/plain");
    assertThat(CorsResponseFilter.scan(headers))
        .isEqualTo(new CorsResponseFilter.Scan(null, false));
    assertThat(headers).containsOnlyKeys("Content-Type");
    assertThat(CorsResponseFilter.scan(headers)).isNull();

    headers.add("vary", "Accept");
    headers.add("Access-Control-Allow-Methods", "PUT");
    headers.add("set-cookie", "sid=1");
    CorsResponseFilter.Scan found = CorsResponseFilter.scan(headers);
    assertThat(found.varyKeys()).containsExactly("vary");
    assertThat(found.setsCookie()).isTrue();
    assertThat(headers).containsOnlyKeys("Content-Type", "vary", "set-cookie");
  }

  @Test
  void saysWhetherTheGrantedResponseSetsACookie() {
    List<String> allowed = List.of("https://app.example.com");
    assertThat(CorsResponseFilter.decorate(Policies.APP, allowed, headers))
        .isEqualTo(CorsResponseFilter.Outcome.GRANTED);
    MultivaluedMap<String, Object> withCookie = new MultivaluedHashMap<>();
    withCookie.add("Set-Cookie", "sid=1; Secure; SameSite=None");
    assertThat(CorsResponseFilter.decorate(Policies.APP, allowed, withCookie))
        .isEqualTo(CorsResponseFilter.Outcome.GRANTED_SETTING_COOKIES);
    assertThat(CorsResponseFilter.decorate(Policies.APP, List.of("https://evil.test"), withCookie))
        .isEqualTo(CorsResponseFilter.Outcome.REFUSED);
  }
}
