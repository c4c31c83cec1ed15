package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VaryTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                          | Origin          | Origin",
        "Accept-Encoding             | Origin          | Accept-Encoding, Origin",
        "origin                      | Origin          | origin",
        "Accept-Encoding ,  ORIGIN   | Origin          | Accept-Encoding ,  ORIGIN",
        "*                           | Origin          | *",
        "Accept, *                   | Origin          | Accept, *",
        "Accept                      | Origin, Accept  | Accept, Origin",
        "Originator                  | Origin          | Originator, Origin",
        "''                          | Origin, Origin  | Origin"
      })
  void mergesNamesCaseInsensitivelyWithoutDuplicatesAndLeavesWildcardAlone(
      String existing, String required, String merged) {
    assertThat(Vary.merge(existing, required)).isEqualTo(merged);
  }
}
