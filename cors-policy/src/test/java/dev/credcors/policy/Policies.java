package dev.credcors.policy;

import com.google.common.net.InternetDomainName;
import java.util.List;
import java.util.Set;

/** Test helpers: a validator backed by Guava's Public Suffix List, and policy builders. */
final class Policies {

  static final PublicSuffixes GUAVA_SUFFIXES =
      domain -> InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();

  static final PolicyValidator VALIDATOR = new PolicyValidator(GUAVA_SUFFIXES);

  private Policies() {}

  static PolicyInput origins(String... origins) {
    return new PolicyInput(
        List.of(origins), List.of(), List.of(), List.of("Content-Type"), List.of(), 600,
        List.of("Origin"), false, Set.of());
  }

  static PolicyInput patterns(String... patterns) {
    return new PolicyInput(
        List.of(), List.of(patterns), List.of(), List.of("Content-Type"), List.of(), 600,
        List.of("Origin"), false, Set.of());
  }

  static List<Violation> validate(PolicyInput input) {
    return VALIDATOR.validate(input);
  }
}
