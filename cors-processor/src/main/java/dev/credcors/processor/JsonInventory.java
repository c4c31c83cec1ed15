package dev.credcors.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The inventory as JSON, next to the Markdown one, for a CI job that diffs what a change trusts.
 * Schema: {@code docs/INVENTORY.md} (version {@value #SCHEMA_VERSION}); same content and order as
 * {@link Inventory}, no timestamp, so equal sources give equal bytes.
 */
final class JsonInventory {

  /** Where it goes in {@code CLASS_OUTPUT}, next to {@link Inventory#PATH}. */
  static final String PATH = "META-INF/credcors/inventory.json";

  /** Raised when a field changes meaning or is removed; adding a field keeps the version. */
  static final int SCHEMA_VERSION = 1;

  /**
   * How every inventory credcors writes begins; a file at {@link #PATH} that does not is never
   * overwritten (see {@link InventoryFile}).
   */
  static final String MARKER = "{\n  \"format\": \"credcors-inventory\",\n";

  private JsonInventory() {}

  static String render(Inventory inventory) {
    List<Inventory.Endpoint> endpoints = inventory.endpoints();
    StringBuilder out = new StringBuilder(MARKER);
    out.append("  \"schemaVersion\": ").append(SCHEMA_VERSION).append(",\n");
    out.append("  \"generator\": ").append(Json.string(FilterWriter.PROCESSOR)).append(",\n");
    out.append("  \"trusted\": [");
    List<String> trusted = new ArrayList<>();
    trust(trusted, "origin", endpoints, e -> e.policy().exactOrigins());
    trust(trusted, "originsProperty", endpoints, e -> nonEmpty(e.policy().originsProperty()));
    trust(trusted, "pattern", endpoints, e -> e.policy().originPatterns());
    trust(
        trusted,
        "originPatternsProperty",
        endpoints,
        e -> nonEmpty(e.policy().originPatternsProperty()));
    out.append(String.join(",", trusted)).append(trusted.isEmpty() ? "],\n" : "\n  ],\n");
    out.append("  \"endpoints\": [");
    for (int i = 0; i < endpoints.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append(endpoint(endpoints.get(i)));
    }
    out.append(endpoints.isEmpty() ? "],\n" : "\n  ],\n");
    out.append("  \"suppressedWarnings\": [");
    List<ValidationReport.Suppressed> suppressed = inventory.suppressed();
    for (int i = 0; i < suppressed.size(); i++) {
      ValidationReport.Suppressed s = suppressed.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("    {\"element\": ")
          .append(Json.string(s.where()))
          .append(", \"rule\": ")
          .append(Json.string(s.rule().tag()))
          .append(", \"message\": ")
          .append(Json.string(s.text()))
          .append('}');
    }
    out.append(suppressed.isEmpty() ? "]\n" : "\n  ]\n");
    return out.append("}\n").toString();
  }

  private static List<String> nonEmpty(String value) {
    return value.isEmpty() ? List.of() : List.of(value);
  }

  /** One entry per distinct value, sorted, with the endpoints it reaches in inventory order. */
  private static void trust(
      List<String> out,
      String kind,
      List<Inventory.Endpoint> endpoints,
      java.util.function.Function<Inventory.Endpoint, List<String>> values) {
    Map<String, List<String>> byValue = new TreeMap<>();
    for (Inventory.Endpoint e : endpoints) {
      for (String value : values.apply(e)) {
        byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(e.method());
      }
    }
    for (Map.Entry<String, List<String>> entry : byValue.entrySet()) {
      out.add(
          "\n    {\"kind\": "
              + Json.string(kind)
              + ", \"value\": "
              + Json.string(entry.getKey())
              + ", \"resourceMethods\": "
              + Json.strings(entry.getValue())
              + "}");
    }
  }

  private static String endpoint(Inventory.Endpoint e) {
    ResourceModel.Policy p = e.policy();
    StringJoiner fields = new StringJoiner(",\n", "    {\n", "\n    }");
    fields.add("      \"httpMethod\": " + Json.string(e.httpMethod()));
    fields.add("      \"pathTemplate\": " + Json.string(e.pathTemplate()));
    fields.add("      \"resourceMethod\": " + Json.string(e.method()));
    fields.add(
        "      \"policyDeclaredOn\": "
            + Json.string(
                p.declaredOn().isEmpty() ? e.resource() : e.resource() + "#" + p.declaredOn()));
    fields.add("      \"exactOrigins\": " + Json.strings(p.exactOrigins()));
    fields.add("      \"originsProperty\": " + Json.stringOrNull(p.originsProperty()));
    fields.add("      \"originPatterns\": " + Json.strings(p.originPatterns()));
    fields.add(
        "      \"originPatternsProperty\": " + Json.stringOrNull(p.originPatternsProperty()));
    fields.add("      \"allowMethods\": " + Json.strings(split(e.allowMethods())));
    fields.add("      \"allowHeaders\": " + Json.strings(split(p.allowHeaders())));
    fields.add("      \"exposeHeaders\": " + Json.strings(split(p.exposeHeaders())));
    fields.add("      \"maxAgeSeconds\": " + p.maxAge());
    fields.add("      \"allowPrivateNetwork\": " + p.allowPrivateNetwork());
    fields.add("      \"vary\": " + Json.strings(split(p.vary())));
    fields.add("      \"refuseCrossSiteWrites\": " + p.refuseCrossSiteWrites());
    fields.add("      \"allowSameSiteWrites\": " + p.allowSameSiteWrites());
    return fields.toString();
  }

  /** The model joins lists with {@code ", "}; the JSON lists them. */
  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(", "));
  }
}
