package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DenialRateLimitTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicInteger clockReads = new AtomicInteger();
  private final DenialRateLimit limit =
      new DenialRateLimit(
          () -> {
            clockReads.incrementAndGet();
            return now.get();
          },
          60_000);
  private final Object endpoint = new Object();

  private boolean admit(String origin) {
    return limit.admit(endpoint, Denial.ORIGIN_NOT_LISTED, origin);
  }

  @Test
  void admitsEachKeyAtMostOncePerWindow() {
    assertThat(admit("https://evil.test")).isTrue();
    now.addAndGet(59_999);
    assertThat(admit("https://evil.test")).isFalse(); // the clock says: inside the window
    now.addAndGet(1);
    assertThat(admit("https://evil.test")).isFalse(); // suppressed without a look at the clock
    assertThat(admit("https://evil.test")).isTrue(); // the clock again: the window is over
  }

  @Test
  void repeatsInsideTheWindowRarelyReadTheClock() {
    assertThat(admit("https://evil.test")).isTrue();
    clockReads.set(0);
    for (int i = 0; i < 10_000; i++) {
      assertThat(admit("https://evil.test")).isFalse();
    }
    // 1 + 2 + 4 + ... + 64 repeats between the first seven reads, then one read in 65.
    assertThat(clockReads.get()).isLessThanOrEqualTo(7 + 10_000 / DenialRateLimit.MAX_UNCHECKED);
  }

  @Test
  void aDenialThatKeepsRecurringIsLoggedAgainSoonAfterItsWindow() {
    assertThat(admit("https://evil.test")).isTrue();
    for (int i = 0; i < 1_000; i++) {
      admit("https://evil.test");
    }
    now.addAndGet(60_000);
    int repeats = 1;
    while (!admit("https://evil.test")) {
      repeats++;
    }
    assertThat(repeats).isLessThanOrEqualTo(DenialRateLimit.MAX_UNCHECKED + 1);
  }

  @Test
  void aSlowlyRecurringDenialIsLoggedAgainAtTheFirstRepeatAfterItsWindow() {
    assertThat(admit("https://evil.test")).isTrue();
    for (int second = 10; second < 60; second += 10) {
      now.addAndGet(10_000);
      assertThat(admit("https://evil.test")).as("after %d s", second).isFalse();
    }
    now.addAndGet(10_000);
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
    // Equal lengths and equal characters where the slot's hash samples them: one slot.
    assertThat(DenialRateLimit.sample("https://aaa.test"))
        .isEqualTo(DenialRateLimit.sample("https://aba.test"));
    assertThat(admit("https://aaa.test")).isTrue();
    assertThat(admit("https://aba.test")).isTrue();
    assertThat(admit("https://aba.test")).isFalse();
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
