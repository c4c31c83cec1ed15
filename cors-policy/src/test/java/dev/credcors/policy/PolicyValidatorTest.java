package dev.credcors.policy;

import static dev.credcors.policy.Policies.GUAVA_SUFFIXES;
import static dev.credcors.policy.Policies.patterns;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator remembers pattern findings by text; reusing them must not change any report. */
class PolicyValidatorTest {

  private static final String UNANCHORED = "https://[a-z]+\\.example\\.com";
  private static final String WILDCARD = "^.*$";
  private static final String GOOD = "^https://[a-z0-9-]+\\.example\\.com$";

  @Test
  void repeatedPatternTextIsReportedAtEachEntryWhereItOccurs() {
    PolicyValidator validator = new PolicyValidator(GUAVA_SUFFIXES);
    List<Violation> first = validator.validate(patterns(UNANCHORED));
    List<Violation> moved = validator.validate(patterns(GOOD, WILDCARD, UNANCHORED));

    assertThat(first).isNotEmpty().allSatisfy(v -> assertThat(v.index()).isEqualTo(0));
    List<Violation> atTwo = moved.stream().filter(v -> v.index() == 2).toList();
    assertThat(atTwo).extracting(Violation::text).isEqualTo(texts(first));
    assertThat(atTwo).extracting(Violation::message).isEqualTo(messages(first));
    assertThat(moved).anySatisfy(v -> assertThat(v.index()).isEqualTo(1));
    assertThat(moved).noneSatisfy(v -> assertThat(v.index()).isEqualTo(0));
  }

  @Test
  void answersTheSameWithAndWithoutRememberedFindings() {
    PolicyInput input = patterns(WILDCARD, UNANCHORED, GOOD, WILDCARD);
    PolicyValidator warm = new PolicyValidator(GUAVA_SUFFIXES);
    warm.validate(patterns(UNANCHORED, WILDCARD));

    List<Violation> fresh = new PolicyValidator(GUAVA_SUFFIXES).validate(input);
    assertThat(warm.validate(input)).isEqualTo(fresh);
    assertThat(warm.validate(input)).isEqualTo(fresh);
    // The repeated entry is a duplicate only, not analysed (and reported) a second time.
    assertThat(fresh)
        .filteredOn(v -> v.index() == 3)
        .extracting(Violation::message)
        .containsExactly(Message.DUPLICATE_ENTRY);
  }

  private static List<String> texts(List<Violation> violations) {
    return violations.stream().map(Violation::text).toList();
  }

  private static List<Message> messages(List<Violation> violations) {
    return violations.stream().map(Violation::message).toList();
  }
}
