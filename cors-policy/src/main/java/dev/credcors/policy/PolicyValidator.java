package dev.credcors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every attribute-level rule on one policy. The same code runs in the annotation processor and
 * at start-up, so a rule is written once.
 *
 * <p>Element-level rules ({@code misplaced-annotation}, {@code conflicting-policies}) need the
 * Jakarta REST facts of the annotated element and live with whoever has them; their texts are
 * {@link Message#MISPLACED_ON_CLASS}, {@link Message#MISPLACED_ON_METHOD} and {@link
 * Message#CONFLICTING_POLICIES}.
 *
 * <p>Total: no input makes {@link #validate} throw, and the work per pattern is bounded.
 */
public final class PolicyValidator {

  /** Chromium's cap on {@code Access-Control-Max-Age}, in seconds. */
  static final long MAX_AGE_CAP = 7200;

  private final PatternRules patternRules;

  public PolicyValidator(PublicSuffixes publicSuffixes) {
    this.patternRules =
        new PatternRules(new Sites(Objects.requireNonNull(publicSuffixes, "publicSuffixes")));
  }

  /** All violations of {@code input}, errors and warnings, in attribute order then entry order. */
  public List<Violation> validate(PolicyInput input) {
    List<Violation> violations = new ArrayList<>();
    if (input.origins().isEmpty() && input.originPatterns().isEmpty()) {
      violations.add(Violation.onAnnotation(Message.EMPTY_POLICY));
    }
    OriginRules.check(input.origins(), violations::add);
    patternRules.check(input.originPatterns(), violations::add);
    TokenRules.checkMethods(input.methods(), input.servedMethods(), violations::add);
    TokenRules.checkHeaders(Attribute.ALLOW_HEADERS, input.allowHeaders(), violations::add);
    TokenRules.checkHeaders(Attribute.EXPOSE_HEADERS, input.exposeHeaders(), violations::add);
    if (input.maxAge() < 0) {
      violations.add(Violation.on(Attribute.MAX_AGE, Message.NEGATIVE_MAX_AGE, input.maxAge()));
    } else if (input.maxAge() > MAX_AGE_CAP) {
      violations.add(Violation.on(Attribute.MAX_AGE, Message.MAX_AGE_CAPPED, input.maxAge()));
    }
    TokenRules.checkVary(input.vary(), violations::add);
    return List.copyOf(violations);
  }
}
