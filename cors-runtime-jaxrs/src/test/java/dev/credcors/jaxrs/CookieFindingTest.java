package dev.credcors.jaxrs;

import static dev.credcors.jaxrs.CookieFinding.HOST_PREFIX_VIOLATED;
import static dev.credcors.jaxrs.CookieFinding.PARTITIONED_INSECURE;
import static dev.credcors.jaxrs.CookieFinding.SAMESITE_LAX;
import static dev.credcors.jaxrs.CookieFinding.SAMESITE_MISSING;
import static dev.credcors.jaxrs.CookieFinding.SAMESITE_NONE_INSECURE;
import static dev.credcors.jaxrs.CookieFinding.SAMESITE_STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CookieFindingTest {

  @Test
  void crossSiteReadyCookieHasNoFinding() {
    assertThat(CookieFinding.of("sid=abc; Path=/; Secure; HttpOnly; SameSite=None; Partitioned"))
        .isEmpty();
    assertThat(CookieFinding.of("__Host-sid=abc; path=/; secure; samesite=none")).isEmpty();
  }

  @Test
  void sameSiteProblems() {
    assertThat(CookieFinding.of("sid=abc; Path=/")).containsExactly(SAMESITE_MISSING);
    assertThat(CookieFinding.of("sid=abc; SameSite=Lax; Secure")).containsExactly(SAMESITE_LAX);
    assertThat(CookieFinding.of("sid=abc; SameSite=Strict; Secure"))
        .containsExactly(SAMESITE_STRICT);
    assertThat(CookieFinding.of("sid=abc; SameSite=None")).containsExactly(SAMESITE_NONE_INSECURE);
    // An unknown SameSite value is read as Lax by browsers.
    assertThat(CookieFinding.of("sid=abc; SameSite=Nope; Secure")).containsExactly(SAMESITE_LAX);
  }

  @Test
  void partitionedAndHostPrefixNeedSecure() {
    assertThat(CookieFinding.of("sid=abc; SameSite=None; Partitioned"))
        .containsExactly(SAMESITE_NONE_INSECURE, PARTITIONED_INSECURE);
    assertThat(CookieFinding.of("__Host-a=1; Path=/; SameSite=None; Secure; Domain=example.com"))
        .containsExactly(HOST_PREFIX_VIOLATED);
    assertThat(CookieFinding.of("__Host-a=1; Path=/app; SameSite=None; Secure"))
        .containsExactly(HOST_PREFIX_VIOLATED);
    assertThat(CookieFinding.of("__Host-a=1; SameSite=None; Secure"))
        .containsExactly(HOST_PREFIX_VIOLATED);
  }

  @Test
  void nameNeverIncludesTheValue() {
    assertThat(CookieFinding.name(" sid =secret-value; Path=/")).isEqualTo("sid");
    assertThat(CookieFinding.name("flag; Secure")).isEqualTo("flag");
  }

  @Test
  void sitesFollowThePublicSuffixListWhenGuavaIsPresent() {
    assertThat(RegistrableDomains.hasPublicSuffixList()).isTrue();
    assertThat(RegistrableDomains.crossSite("https://app.example.com", "https://api.example.com"))
        .isFalse();
    assertThat(RegistrableDomains.crossSite("https://app.example.com", "http://api.example.com"))
        .isTrue();
    assertThat(RegistrableDomains.crossSite("https://a.github.io", "https://b.github.io")).isTrue();
    assertThat(RegistrableDomains.crossSite("https://x.example.co.uk", "https://y.example.co.uk"))
        .isFalse();
  }

  @Test
  void fallbackOnlyCallsHostsCrossSiteWhenTheyAre() {
    assertThat(RegistrableDomains.lastTwoLabels("app.example.com")).isEqualTo("example.com");
    // Under a multi-label public suffix the fallback sees one site: silent, never wrong.
    assertThat(RegistrableDomains.lastTwoLabels("a.github.io"))
        .isEqualTo(RegistrableDomains.lastTwoLabels("b.github.io"));
    assertThat(RegistrableDomains.lastTwoLabels("127.0.0.1")).isEqualTo("127.0.0.1");
    assertThat(RegistrableDomains.lastTwoLabels("[::1]")).isEqualTo("[::1]");
    assertThat(RegistrableDomains.lastTwoLabels("localhost")).isEqualTo("localhost");
  }
}
