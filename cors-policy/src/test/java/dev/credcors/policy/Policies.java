package dev.credcors.policy;

import com.google.common.net.InternetDomainName;
import java.util.List;
import java.util.Set;

/** Test helpers: a validator backed by Guava's Public Suffix List, and policy builders. */
final class Policies {

  static final PublicSuffixes GUAVA_SUFFIXES =
      domain ->
          InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();

  static final PolicyValidator VALIDATOR = new PolicyValidator(GUAVA_SUFFIXES);

  private Policies() {}

  static PolicyInput origins(String... origins) {
    return defaults(List.of(origins), List.of());
  }

  static PolicyInput patterns(String... patterns) {
    return defaults(List.of(), List.of(patterns));
  }

  /** The annotation's defaults around the given origin lists. */
  static PolicyInput defaults(List<String> origins, List<String> patterns) {
    return defaults(origins, patterns, true, false);
  }

  /** The annotation's defaults around the given origin lists and write guard switches. */
  static PolicyInput defaults(
      List<String> origins,
      List<String> patterns,
      boolean refuseCrossSiteWrites,
      boolean allowSameSiteWrites) {
    return new PolicyInput(
        origins,
        patterns,
        List.of(),
        List.of("Content-Type"),
        List.of(),
        600,
        List.of("Origin"),
        false,
        Set.of(),
        refuseCrossSiteWrites,
        allowSameSiteWrites,
        "",
        "");
  }

  static List<Violation> validate(PolicyInput input) {
    return VALIDATOR.validate(input);
  }

  /** Asserts that {@code violations} is exactly one violation, at this entry, with this text. */
  static void assertOnly(
      List<Violation> violations, Attribute attribute, int index, Message message, Object... args) {
    org.assertj.core.api.Assertions.assertThat(violations)
        .extracting(Violation::text)
        .containsExactly(message.format(args));
    Violation violation = violations.get(0);
    org.assertj.core.api.Assertions.assertThat(violation.message()).isEqualTo(message);
    org.assertj.core.api.Assertions.assertThat(violation.attribute()).contains(attribute);
    org.assertj.core.api.Assertions.assertThat(violation.index()).isEqualTo(index);
  }
}
