package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

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
}
