package dev.credcors.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuavaPublicSuffixesTest {

  private final GuavaPublicSuffixes suffixes = new GuavaPublicSuffixes();

  @Test
  void knowsIcannAndPrivateSuffixes() {
    assertThat(suffixes.isPublicSuffix("com")).isTrue();
    assertThat(suffixes.isPublicSuffix("co.uk")).isTrue();
    assertThat(suffixes.isPublicSuffix("github.io")).isTrue();
    assertThat(suffixes.isPublicSuffix("herokuapp.com")).isTrue();
  }

  @Test
  void registrableDomainsAndNonsenseAreNotSuffixes() {
    assertThat(suffixes.isPublicSuffix("example.com")).isFalse();
    assertThat(suffixes.isPublicSuffix("app.example.co.uk")).isFalse();
    assertThat(suffixes.isPublicSuffix("not a domain")).isFalse();
    assertThat(suffixes.isPublicSuffix("")).isFalse();
  }
}
