package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DenialRateLimitTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final DenialRateLimit limit = new DenialRateLimit(now::get, 60_000);
  private final Object endpoint = new Object();

  private boolean admit(String origin) {
    return limit.admit(endpoint, Denial.ORIGIN_NOT_LISTED, origin);
  }

  @Test
  void admitsEachKeyOncePerWindow() {
    assertThat(admit("https://evil.test")).isTrue();
    now.addAndGet(59_999);
    assertThat(admit("https://evil.test")).isFalse();
    now.addAndGet(1);
    assertThat(admit("https://evil.test")).isTrue();
  }

  @Test
  void keysDifferByEndpointReasonAndOrigin() {
    assertThat(admit("https://evil.test")).isTrue();
    assertThat(admit("https://evil2.test")).isTrue();
    assertThat(limit.admit(new Object(), Denial.ORIGIN_NOT_LISTED, "x")).isTrue();
    assertThat(limit.admit(endpoint, Denial.MALFORMED_ORIGIN, "x")).isTrue();
    assertThat(limit.admit(endpoint, Denial.ORIGIN_NOT_LISTED, "x")).isTrue();
  }

  @Test
  void floodOfDistinctOriginsIsCappedPerWindow() {
    int admitted = 0;
    for (int i = 0; i < 100_000; i++) {
      if (admit("https://a" + i + ".evil.test")) {
        admitted++;
      }
    }
    assertThat(admitted).isEqualTo(DenialRateLimit.MAX_PER_WINDOW);
    now.addAndGet(60_000);
    assertThat(admit("https://fresh.evil.test")).isTrue();
  }

  @Test
  void originsWithTheSameHashAreStillTwoOrigins() {
    // "Aa" and "BB" have the same String.hashCode, so these land in one slot.
    assertThat("https://Aa.test".hashCode()).isEqualTo("https://BB.test".hashCode());
    assertThat(admit("https://Aa.test")).isTrue();
    assertThat(admit("https://BB.test")).isTrue();
    assertThat(admit("https://BB.test")).isFalse();
  }

  @Test
  void longOriginsAreRememberedByPrefixAndLength() {
    String prefix = "https://" + "a".repeat(DenialRateLimit.MAX_REMEMBERED_ORIGIN);
    assertThat(admit(prefix + "1.test")).isTrue();
    assertThat(admit(prefix + "2.test")).isFalse(); // differs only beyond what is remembered
    assertThat(admit(prefix + "12.test")).isTrue(); // another length
  }

  @Test
  void aDenialWithoutOriginIsRememberedToo() {
    assertThat(admit(null)).isTrue();
    assertThat(admit(null)).isFalse();
    assertThat(admit("null")).isTrue();
  }
}
