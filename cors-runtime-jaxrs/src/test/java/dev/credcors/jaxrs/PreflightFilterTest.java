package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreflightFilterTest {

  @ParameterizedTest
  @CsvSource({
    "items/42, items/42",
    "items;v=2/42, items/42",
    "items/42;x=y, items/42",
    "/items;a=b;c=d/42;x/, /items/42/",
    "'', ''"
  })
  void cutsMatrixParametersFromEverySegment(String path, String routed) {
    assertThat(PreflightFilter.withoutMatrixParameters(path)).isEqualTo(routed);
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:8080/, http://127.0.0.1:8080/api/items/42, api/items/42",
    "http://127.0.0.1:8080/app/, http://127.0.0.1:8080/app/items/a%2Fb;v=2?q=%20, items/a%2Fb;v=2",
    "http://127.0.0.1:8080/app/, http://127.0.0.1:8080/app/caf%C3%A9, caf%C3%A9",
    "http://127.0.0.1:8080/app/, http://127.0.0.1:8080/other/items, /other/items"
  })
  void routesTheStillEncodedPathRelativeToTheApplication(
      String base, String request, String routed) {
    assertThat(PreflightFilter.encodedPath(URI.create(base), URI.create(request)))
        .isEqualTo(routed);
  }
}
