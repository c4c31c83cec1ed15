package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DenialRateLimitTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final DenialRateLimit limit = new DenialRateLimit(now::get, 60_000);
  private final Object endpoint = new Object();

  private long key(String origin) {
    return DenialRateLimit.key(endpoint, Denial.ORIGIN_NOT_LISTED, origin);
  }

  @Test
  void admitsEachKeyOncePerWindow() {
    assertThat(limit.admit(key("https://evil.test"))).isTrue();
    now.addAndGet(59_999);
    assertThat(limit.admit(key("https://evil.test"))).isFalse();
    now.addAndGet(1);
    assertThat(limit.admit(key("https://evil.test"))).isTrue();
  }

  @Test
  void keysDifferByEndpointReasonAndOrigin() {
    assertThat(limit.admit(key("https://evil.test"))).isTrue();
    assertThat(limit.admit(key("https://evil2.test"))).isTrue();
    assertThat(limit.admit(DenialRateLimit.key(new Object(), Denial.ORIGIN_NOT_LISTED, "x")))
        .isTrue();
    assertThat(limit.admit(DenialRateLimit.key(endpoint, Denial.MALFORMED_ORIGIN, "x"))).isTrue();
    assertThat(limit.admit(DenialRateLimit.key(endpoint, Denial.ORIGIN_NOT_LISTED, "x"))).isTrue();
  }

  @Test
  void floodOfDistinctOriginsIsCappedPerWindow() {
    int admitted = 0;
    for (int i = 0; i < 100_000; i++) {
      if (limit.admit(key("https://a" + i + ".evil.test"))) {
        admitted++;
      }
    }
    assertThat(admitted).isEqualTo(DenialRateLimit.MAX_PER_WINDOW);
    now.addAndGet(60_000);
    assertThat(limit.admit(key("https://fresh.evil.test"))).isTrue();
  }
}
