package dev.credcors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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
 *
 * <p>Pattern analysis (parsing, backtracking search, probing) is by far the most expensive rule,
 * and what it finds depends only on the pattern's text, while one project typically repeats the
 * same few patterns on many resources. So an instance, which the processor keeps for a whole
 * compilation, remembers the findings of each pattern text and re-locates them at the entry where
 * the pattern occurs. Instances are thread-safe.
 */
public final class PolicyValidator {

  /** Chromium's cap on {@code Access-Control-Max-Age}, in seconds. */
  static final long MAX_AGE_CAP = 7200;

  /** Distinct pattern texts remembered; beyond this, patterns are analysed every time. */
  static final int MAX_CACHED_PATTERNS = 4096;

  private final PatternRules patternRules;
  private final Map<String, List<Finding>> patternFindings = new ConcurrentHashMap<>();

  public PolicyValidator(PublicSuffixes publicSuffixes) {
    this.patternRules =
        new PatternRules(new Sites(Objects.requireNonNull(publicSuffixes, "publicSuffixes")));
  }

  /** All violations of {@code input}, errors and warnings, in attribute order then entry order. */
  public List<Violation> validate(PolicyInput input) {
    List<Violation> violations = new ArrayList<>();
    if (input.origins().isEmpty()
        && input.originPatterns().isEmpty()
        && input.originsProperty().isEmpty()
        && input.originPatternsProperty().isEmpty()) {
      violations.add(Violation.onAnnotation(Message.EMPTY_POLICY));
    }
    PropertyNames.check(Attribute.ORIGINS_PROPERTY, input.originsProperty(), violations::add);
    PropertyNames.check(
        Attribute.ORIGIN_PATTERNS_PROPERTY, input.originPatternsProperty(), violations::add);
    OriginRules.check(input.origins(), violations::add);
    checkPatterns(input.originPatterns(), violations::add);
    TokenRules.checkMethods(input.methods(), input.servedMethods(), violations::add);
    TokenRules.checkHeaders(Attribute.ALLOW_HEADERS, input.allowHeaders(), violations::add);
    TokenRules.checkHeaders(Attribute.EXPOSE_HEADERS, input.exposeHeaders(), violations::add);
    if (input.maxAge() < 0) {
      violations.add(Violation.on(Attribute.MAX_AGE, Message.NEGATIVE_MAX_AGE, input.maxAge()));
    } else if (input.maxAge() > MAX_AGE_CAP) {
      violations.add(Violation.on(Attribute.MAX_AGE, Message.MAX_AGE_CAPPED, input.maxAge()));
    }
    TokenRules.checkVary(input.vary(), violations::add);
    if (!input.refuseCrossSiteWrites()) {
      violations.add(
          Violation.on(Attribute.REFUSE_CROSS_SITE_WRITES, Message.CROSS_SITE_WRITES_ALLOWED));
      if (input.allowSameSiteWrites()) {
        // Not an error: it grants nothing beyond what the warning above already reports.
        violations.add(
            Violation.on(Attribute.ALLOW_SAME_SITE_WRITES, Message.SAME_SITE_WRITES_WITHOUT_GUARD));
      }
    }
    return List.copyOf(violations);
  }

  /**
   * The pattern rules of {@link PatternRules#checkOne}, each distinct text analysed once per instance:
   * a repeated entry is reported as a duplicate only, as there.
   */
  private void checkPatterns(List<String> patterns, Consumer<Violation> out) {
    for (int i = 0; i < patterns.size(); i++) {
      String source = patterns.get(i);
      if (patterns.indexOf(source) < i) {
        continue; // reported as a duplicate; analysing it again would repeat every finding
      }
      for (Finding finding : findings(source)) {
        out.accept(
            new Violation(
                finding.message(), Optional.of(Attribute.ORIGIN_PATTERNS), i, finding.text()));
      }
    }
    TokenRules.duplicates(Attribute.ORIGIN_PATTERNS, patterns, false, out);
  }

  private List<Finding> findings(String source) {
    List<Finding> cached = patternFindings.get(source);
    if (cached != null) {
      return cached;
    }
    List<Finding> found = new ArrayList<>();
    patternRules.checkOne(
        source, (message, args) -> found.add(new Finding(message, message.format(args))));
    List<Finding> findings = List.copyOf(found);
    if (patternFindings.size() < MAX_CACHED_PATTERNS) {
      patternFindings.putIfAbsent(source, findings);
    }
    return findings;
  }

  /** One finding on a pattern text, formatted; the entry it is reported at is added per use. */
  private record Finding(Message message, String text) {}
}
