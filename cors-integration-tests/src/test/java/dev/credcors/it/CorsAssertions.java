package dev.credcors.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What CORS responses must and must not carry, asserted on {@code java.net.http} responses. */
final class CorsAssertions {

  static final String PREFLIGHT_VARY =
      "Origin, Access-Control-Request-Method, Access-Control-Request-Headers";

  private CorsAssertions() {}

  static List<String> header(HttpResponse<?> response, String name) {
    return response.headers().allValues(name);
  }

  static void assertGranted(HttpResponse<?> response, String origin) {
    assertThat(header(response, "Access-Control-Allow-Origin")).containsExactly(origin);
    assertThat(header(response, "Access-Control-Allow-Credentials")).containsExactly("true");
    assertVariesOnOriginOnce(response);
  }

  static void assertNoGrant(HttpResponse<?> response) {
    assertThat(response.headers().map().keySet())
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-allow-"));
  }

  static void assertDenied(HttpResponse<?> response) {
    assertThat(response.statusCode()).isEqualTo(403);
    assertNoGrant(response);
    assertThat(header(response, "Vary")).containsExactly(PREFLIGHT_VARY);
  }

  static List<String> varyNames(HttpResponse<?> response) {
    List<String> names = new ArrayList<>();
    for (String value : header(response, "Vary")) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          names.add(name.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  static void assertVariesOnOriginOnce(HttpResponse<?> response) {
    assertThat(varyNames(response)).containsOnlyOnce("origin");
  }
}
