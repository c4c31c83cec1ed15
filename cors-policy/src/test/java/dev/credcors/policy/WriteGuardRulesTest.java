package dev.credcors.policy;

import static dev.credcors.policy.Policies.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code cross-site-writes-allowed} warnings on the two write guard switches. */
class WriteGuardRulesTest {

  @Test
  void guardOnDrawsNothingWhetherOrNotSameSiteWritesAreAllowed() {
    assertThat(validate(guard(true, false))).isEmpty();
    assertThat(validate(guard(true, true))).isEmpty();
  }

  @Test
  void guardOffWarnsOnTheSwitch() {
    Policies.assertOnly(
        validate(guard(false, false)),
        Attribute.REFUSE_CROSS_SITE_WRITES,
        -1,
        Message.CROSS_SITE_WRITES_ALLOWED);
    assertThat(Message.CROSS_SITE_WRITES_ALLOWED.rule().severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void sameSiteWritesWithTheGuardOffAreCalledOutAsMeaningless() {
    List<Violation> violations = validate(guard(false, true));
    assertThat(violations)
        .extracting(Violation::message)
        .containsExactly(Message.CROSS_SITE_WRITES_ALLOWED, Message.SAME_SITE_WRITES_WITHOUT_GUARD);
    assertThat(violations.get(1).attribute()).contains(Attribute.ALLOW_SAME_SITE_WRITES);
    assertThat(violations).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
  }

  private static PolicyInput guard(boolean refuseCrossSiteWrites, boolean allowSameSiteWrites) {
    return Policies.defaults(
        List.of("https://app.example.com"), List.of(), refuseCrossSiteWrites, allowSameSiteWrites);
  }
}
