package dev.credcors.processor;

import dev.credcors.policy.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * The compile-time diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
 * Format) for code-scanning dashboards: one run of the tool {@code credcors}, every rule of the
 * catalogue as a reporting descriptor whose id is the rule's tag, and one result per diagnostic
 * credcors printed, located at the annotation value javac underlines.
 */
final class SarifLog {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /**
   * Where a diagnostic points: the source file's URI and the 1-based line and column (in UTF-16
   * code units, SARIF's default and javac's) of the value at fault.
   */
  record Location(String uri, long line, long column) {}

  /** One printed diagnostic. */
  record Result(Diagnostic.Kind kind, String text, Optional<Location> location) {}

  private final List<Result> results = new ArrayList<>();

  void add(Result result) {
    results.add(result);
  }

  String render() {
    Rule[] rules = Rule.values();
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"$schema\": ").append(Json.string(SCHEMA)).append(",\n");
    out.append("  \"version\": \"2.1.0\",\n");
    out.append("  \"runs\": [\n    {\n");
    out.append("      \"tool\": {\n        \"driver\": {\n");
    out.append("          \"name\": \"credcors\",\n");
    out.append("          \"fullName\": ").append(Json.string(FilterWriter.PROCESSOR));
    out.append(",\n          \"rules\": [");
    for (int i = 0; i < rules.length; i++) {
      Rule rule = rules[i];
      out.append(i == 0 ? "\n" : ",\n")
          .append("            {\"id\": ")
          .append(Json.string(rule.tag()))
          .append(", \"shortDescription\": {\"text\": ")
          .append(Json.string(rule.summary()))
          .append("}, \"defaultConfiguration\": {\"level\": ")
          .append(
              Json.string(
                  rule.severity() == dev.credcors.policy.Severity.ERROR ? "error" : "warning"))
          .append("}}");
    }
    out.append("\n          ]\n        }\n      },\n");
    out.append("      \"columnKind\": \"utf16CodeUnits\",\n");
    out.append("      \"results\": [");
    for (int i = 0; i < results.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append(result(results.get(i)));
    }
    out.append(results.isEmpty() ? "]\n" : "\n      ]\n");
    return out.append("    }\n  ]\n}\n").toString();
  }

  private static String result(Result r) {
    StringBuilder out = new StringBuilder("        {");
    Optional<Rule> rule = ruleOf(r.text());
    if (rule.isPresent()) {
      out.append("\"ruleId\": ")
          .append(Json.string(rule.get().tag()))
          .append(", \"ruleIndex\": ")
          .append(rule.get().ordinal())
          .append(", ");
    }
    out.append("\"level\": ").append(Json.string(level(r.kind())));
    out.append(", \"message\": {\"text\": ").append(Json.string(r.text())).append('}');
    if (r.location().isPresent()) {
      Location l = r.location().get();
      out.append(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
          .append(Json.string(l.uri()))
          .append("}, \"region\": {\"startLine\": ")
          .append(l.line())
          .append(", \"startColumn\": ")
          .append(l.column())
          .append("}}}]");
    }
    return out.append('}').toString();
  }

  private static String level(Diagnostic.Kind kind) {
    return switch (kind) {
      case ERROR -> "error";
      case WARNING, MANDATORY_WARNING -> "warning";
      default -> "note";
    };
  }

  private static Optional<Rule> ruleOf(String text) {
    for (Rule rule : Rule.values()) {
      if (text.startsWith("[" + rule.tag() + "] ")) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
