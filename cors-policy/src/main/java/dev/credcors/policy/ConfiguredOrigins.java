package dev.credcors.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the origins a policy takes from configuration ({@code originsProperty}, {@code
 * originPatternsProperty}) at start-up, with the same {@link PolicyValidator} javac runs on the
 * literals, and says for each problem which property, which source, which entry and which value.
 *
 * <p>A value is split on commas and each entry trimmed of surrounding whitespace, and nothing else:
 * a trailing {@code /}, upper case or a default port is reported, never repaired, exactly as it
 * would be in source.
 */
public final class ConfiguredOrigins {

  /**
   * What start-up found for one named property.
   *
   * @param attribute {@link Attribute#ORIGINS_PROPERTY} or {@link
   *     Attribute#ORIGIN_PATTERNS_PROPERTY}
   * @param property the property's name
   * @param value the raw value, or empty when no source had it
   * @param source where the value came from, e.g. {@code environment APP_CORS_ORIGINS}; when not
   *     found, every place that was looked in
   */
  public record Resolution(
      Attribute attribute, String property, Optional<String> value, String source) {
    public Resolution {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(source, "source");
    }
  }

  /** One problem, as one line: {@code [tag] property (source) entry n "value": message}. */
  public record Problem(Rule rule, String text) {
    public Severity severity() {
      return rule.severity();
    }
  }

  /**
   * The entries each property adds (in order, as written), where they came from, and every problem,
   * errors and warnings, with suppressed warnings left out.
   */
  public record Result(
      List<String> addedOrigins,
      List<String> addedPatterns,
      List<Resolution> resolutions,
      List<Problem> problems) {
    public Result {
      resolutions = List.copyOf(resolutions);
      addedOrigins = List.copyOf(addedOrigins);
      addedPatterns = List.copyOf(addedPatterns);
      problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
      return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
      return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
  }

  private ConfiguredOrigins() {}

  /**
   * Checks the resolved properties of one policy.
   *
   * @param literalOrigins the policy's {@code origins}, already checked by javac
   * @param literalPatterns the policy's {@code originPatterns}, already checked by javac
   * @param suppressions the {@code credcors:<tag>} keys of the {@code @SuppressWarnings} on the
   *     annotated element and its enclosing elements, recorded at compile time
   * @param publicSuffixesKnown whether {@code validator} has the Public Suffix List; without it,
   *     every configured pattern is refused rather than half-checked
   */
  public static Result check(
      PolicyValidator validator,
      List<String> literalOrigins,
      List<String> literalPatterns,
      Optional<Resolution> origins,
      Optional<Resolution> patterns,
      Set<String> suppressions,
      boolean publicSuffixesKnown) {
    List<Problem> problems = new ArrayList<>();
    List<String> addedOrigins = entries(origins, problems);
    List<String> addedPatterns = entries(patterns, problems);

    List<String> checkedPatterns = new ArrayList<>(literalPatterns);
    if (publicSuffixesKnown) {
      checkedPatterns.addAll(addedPatterns);
    } else {
      for (int i = 0; i < addedPatterns.size(); i++) {
        problems.add(
            entryProblem(
                patterns.orElseThrow(),
                i,
                addedPatterns.get(i),
                Message.PUBLIC_SUFFIXES_UNKNOWN.format(addedPatterns.get(i))));
      }
    }
    List<String> checkedOrigins = new ArrayList<>(literalOrigins);
    checkedOrigins.addAll(addedOrigins);
    PolicyInput input =
        new PolicyInput(
            checkedOrigins,
            checkedPatterns,
            List.of(),
            List.of(),
            List.of(),
            0,
            List.of("Origin"),
            false,
            Set.of(),
            true,
            false,
            origins.map(Resolution::property).orElse(""),
            patterns.map(Resolution::property).orElse(""));
    for (Violation violation : validator.validate(input)) {
      if (violation.severity() == Severity.WARNING
          && suppressions.contains(violation.rule().suppressionKey())) {
        continue;
      }
      locate(
              violation,
              literalOrigins.size(),
              literalPatterns.size(),
              checkedOrigins,
              checkedPatterns,
              origins,
              patterns)
          .ifPresent(problems::add);
    }
    List<Resolution> resolutions = new ArrayList<>();
    origins.ifPresent(resolutions::add);
    patterns.ifPresent(resolutions::add);
    return new Result(addedOrigins, addedPatterns, resolutions, problems);
  }

  /**
   * The problem as seen from configuration, or empty for a violation on the literals or on other
   * attributes: javac has already reported those.
   */
  private static Optional<Problem> locate(
      Violation violation,
      int literalOrigins,
      int literalPatterns,
      List<String> checkedOrigins,
      List<String> checkedPatterns,
      Optional<Resolution> origins,
      Optional<Resolution> patterns) {
    if (violation.attribute().isEmpty()) {
      return Optional.empty();
    }
    switch (violation.attribute().get()) {
      case ORIGINS:
        return configuredEntry(violation, origins, literalOrigins, checkedOrigins);
      case ORIGIN_PATTERNS:
        return configuredEntry(violation, patterns, literalPatterns, checkedPatterns);
      case ORIGINS_PROPERTY:
        return origins.map(r -> problem(violation.rule(), r.property(), violation.text()));
      case ORIGIN_PATTERNS_PROPERTY:
        return patterns.map(r -> problem(violation.rule(), r.property(), violation.text()));
      default:
        return Optional.empty();
    }
  }

  /** A violation at a configured entry (after the literals), located there; else empty. */
  private static Optional<Problem> configuredEntry(
      Violation violation, Optional<Resolution> property, int literals, List<String> checked) {
    int index = violation.index();
    if (property.isEmpty() || index < literals) {
      return Optional.empty();
    }
    return Optional.of(
        entryProblem(property.get(), index - literals, checked.get(index), violation.text()));
  }

  /** The trimmed entries of a resolved value, or a {@code missing-property} problem. */
  private static List<String> entries(Optional<Resolution> resolution, List<Problem> problems) {
    if (resolution.isEmpty()) {
      return List.of();
    }
    Resolution r = resolution.get();
    String example =
        r.attribute() == Attribute.ORIGIN_PATTERNS_PROPERTY
            ? "^https://[a-z0-9-]+\\.example\\.com$"
            : "https://app.example.com,https://admin.example.com";
    String attribute = r.attribute().javaName();
    if (r.value().isEmpty()) {
      problems.add(
          problem(
              Rule.MISSING_PROPERTY,
              r.property() + " (not set)",
              Message.PROPERTY_NOT_SET.format(
                  attribute, r.property(), r.source(), r.property(), example)));
      return List.of();
    }
    if (r.value().get().isBlank()) {
      problems.add(
          problem(
              Rule.MISSING_PROPERTY,
              r.property() + " (" + r.source() + ")",
              Message.PROPERTY_EMPTY.format(attribute, r.property(), r.property(), example)));
      return List.of();
    }
    List<String> entries = new ArrayList<>();
    for (String entry : r.value().get().split(",", -1)) {
      entries.add(entry.strip());
    }
    return entries;
  }

  private static Problem entryProblem(Resolution r, int index, String value, String text) {
    return problem(
        ruleOf(text),
        r.property()
            + " ("
            + r.source()
            + ") entry "
            + (index + 1)
            + " \""
            + Message.printable(value)
            + "\"",
        text);
  }

  /** {@code [tag] where: message}, the message being the catalogue's text after its tag. */
  private static Problem problem(Rule rule, String where, String text) {
    String prefix = "[" + rule.tag() + "] ";
    String message = text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    return new Problem(rule, prefix + where + ": " + message);
  }

  private static Rule ruleOf(String text) {
    for (Rule rule : Rule.values()) {
      if (text.startsWith("[" + rule.tag() + "] ")) {
        return rule;
      }
    }
    return Rule.INTERNAL_ERROR;
  }
}
