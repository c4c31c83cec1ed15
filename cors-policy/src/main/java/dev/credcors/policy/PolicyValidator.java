package dev.credcors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every attribute-level rule on one policy. The same code runs in the annotation processor
 * and at start-up, so a rule is written once.
 *
 * <p>Element-level rules ({@code misplaced-annotation}, {@code conflicting-policies}) need the
 * Jakarta REST facts of the annotated element and live with whoever has them.
 */
public final class PolicyValidator {

  private final PublicSuffixes publicSuffixes;

  public PolicyValidator(PublicSuffixes publicSuffixes) {
    this.publicSuffixes = Objects.requireNonNull(publicSuffixes, "publicSuffixes");
  }

  /** All violations of {@code input}, errors and warnings, in attribute order then entry order. */
  public List<Violation> validate(PolicyInput input) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < input.origins().size(); i++) {
      if (input.origins().get(i).equals("*")) {
        violations.add(Violation.at(Attribute.ORIGINS, i, Message.WILDCARD_ORIGIN_STAR));
      }
    }
    if (input.origins().isEmpty() && input.originPatterns().isEmpty()) {
      violations.add(Violation.onAnnotation(Message.EMPTY_POLICY));
    }
    return List.copyOf(violations);
  }
}
