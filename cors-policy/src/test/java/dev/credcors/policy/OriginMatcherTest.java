package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginMatcherTest {

  private final OriginMatcher matcher =
      OriginMatcher.of(
          List.of("https://app.example.com", "http://localhost:5173"),
          List.of(Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$")));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example.com",
        "http://localhost:5173",
        "https://pr-42.preview.example.com"
      })
  void allowsListedOriginsAndPatternMatches(String origin) {
    assertThat(matcher.allows(origin)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "null",
        "*",
        "https://APP.example.com",
        "https://app.example.com/",
        "https://app.example.com.evil.test",
        "https://evil.test",
        " https://app.example.com",
        "https://app.example.com\r\nSet-Cookie: a=b",
        "https://app.example.com, https://evil.test",
        "https://pr-42.preview.example.com.evil.test",
        "https://pr-42.preview.example.com\n",
        "https://x\u00e9.preview.example.com",
        "http://pr-42.preview.example.com"
      })
  void refusesEverythingElse(String origin) {
    assertThat(matcher.allows(origin)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThat(matcher.allows(null)).isFalse();
  }

  @Test
  void refusesOversizedValueBeforeAnyPatternRuns() {
    // A pattern that would accept it, to prove the length bound and not the pattern decides.
    OriginMatcher greedy = OriginMatcher.of(List.of(), List.of(Pattern.compile("^https://a+$")));
    String justFits = "https://" + "a".repeat(OriginMatcher.MAX_ORIGIN_LENGTH - 8);
    assertThat(greedy.allows(justFits)).isTrue();
    assertThat(greedy.allows(justFits + "a")).isFalse();
    assertThat(greedy.allows("https://" + "a".repeat(64 * 1024))).isFalse();
  }

  @Test
  void aPatternMatchIsNotEnoughForAValueNoBrowserSends() {
    // A pattern loose enough to match each of these: the screening, not the pattern, refuses them.
    OriginMatcher loose = OriginMatcher.of(List.of(), List.of(Pattern.compile("^[^/]*$")));
    assertThat(loose.allows("https:app.example.com")).isTrue();
    for (String value :
        List.of("", "null", "https:a b", "https:a\r\nSet-Cookie:x", "https:\u00e9", "https:a\t")) {
      assertThat(loose.allows(value)).as(value).isFalse();
    }
  }

  @Test
  void decidesExactOriginsWithoutAllocating() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    // Fresh instances, as a container hands them over, each with its hash already cached.
    String allowed = new String("https://app.example.com");
    String refused = new String("https://evil.example.com");
    boolean all = true;
    for (int i = 0; i < 20_000; i++) {
      all &= matcher.allows(allowed) & !matcher.allows(refused);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 100_000; i++) {
      all &= matcher.allows(allowed);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(all).isTrue();
    // A single allocation per call would be well over a megabyte here.
    assertThat(allocated).isLessThan(16 * 1024);
  }

  @Test
  void exactOriginsAreCaseSensitive() {
    assertThat(matcher.allows("HTTPS://app.example.com")).isFalse();
  }

  @Test
  void rejectsWildcardAndNullAsListedOrigins() {
    assertThatThrownBy(() -> OriginMatcher.of(List.of("*"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OriginMatcher.of(List.of("null"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsListedOriginsNoBrowserCouldSend() {
    // An exact origin found in the set is granted without screening, so none may need it.
    for (String bad :
        List.of("", "https://a b.test", "https://app.test\r\nX: y", "https://é.test")) {
      assertThatThrownBy(() -> OriginMatcher.of(List.of(bad), List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a serialized origin");
    }
  }

  @Test
  void equalityFollowsOriginsAndPatternSources() {
    OriginMatcher same =
        OriginMatcher.of(
            List.of("http://localhost:5173", "https://app.example.com"),
            List.of(Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$")));
    OriginMatcher other = OriginMatcher.of(List.of("https://app.example.com"), List.of());
    assertThat(same).isEqualTo(matcher).hasSameHashCodeAs(matcher);
    assertThat(other).isNotEqualTo(matcher);
  }
}
