package dev.credcors.processor;

import dev.credcors.policy.PolicyInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** The model step: turns a clean validation result into a {@link ResourceModel}. */
final class ModelFactory {

  /**
   * The order of computed {@code Access-Control-Allow-Methods} values: the RFC 9110 methods in a
   * familiar order, then any other (custom designator) alphabetically.
   */
  private static final List<String> METHOD_ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  static final Comparator<String> BY_METHOD_ORDER =
      Comparator.<String>comparingInt(
              m -> METHOD_ORDER.contains(m) ? METHOD_ORDER.indexOf(m) : METHOD_ORDER.size())
          .thenComparing(Comparator.naturalOrder());

  /** {@code dev.credcors.jaxrs.CorsFilters.GENERATED_SUFFIX}; the runtime finds classes by it. */
  static final String GENERATED_SUFFIX = "_CorsFilter";

  private final Elements elements;

  ModelFactory(Elements elements) {
    this.elements = elements;
  }

  ResourceModel create(ResourceValidator.Result result) {
    TypeElement resource = result.declaration().type();
    List<ResourceValidator.Governed> governed = result.governed();

    // Constant names: the class policy first, then method policies in declaration order.
    Map<PolicyDeclaration, ResourceModel.Policy> policies = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    result
        .declaration()
        .classPolicy()
        .filter(p -> governed.stream().anyMatch(g -> g.policy().equals(p)))
        .ifPresent(p -> policies.put(p, policy(p, unique("CLASS_POLICY", names), "")));
    for (ResourceValidator.Governed g : governed) {
      if (!policies.containsKey(g.policy())) {
        String name = unique(constantCase(g.method().element().getSimpleName()) + "_POLICY", names);
        policies.put(g.policy(), policy(g.policy(), name, g.method().javaMethod()));
      }
    }

    List<ResourceModel.Endpoint> endpoints = new ArrayList<>();
    for (ResourceValidator.Governed g : governed) {
      endpoints.add(
          new ResourceModel.Endpoint(
              g.method().javaMethod(),
              ResourceValidator.designator(g.method()),
              g.method().pathTemplate(),
              allowMethods(g, governed),
              policies.get(g.policy()).constantName()));
    }
    return new ResourceModel(
        resource,
        topLevel(resource),
        packageOf(resource).getQualifiedName().toString(),
        generatedSimpleName(resource),
        List.copyOf(policies.values()),
        endpoints);
  }

  /** {@code Outer_Inner_CorsFilter} for {@code com.x.Outer.Inner}. */
  static String generatedSimpleName(TypeElement resource) {
    List<String> names = new ArrayList<>();
    for (Element e = resource; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return String.join("_", names) + GENERATED_SUFFIX;
  }

  /**
   * The policy's {@code methods} if written, else the designators served on the same path template
   * by methods under the same policy: what a preflight to that path may ask for.
   */
  private static String allowMethods(
      ResourceValidator.Governed endpoint, List<ResourceValidator.Governed> governed) {
    List<String> explicit = endpoint.policy().values().methods();
    if (!explicit.isEmpty()) {
      return String.join(", ", new LinkedHashSet<>(explicit));
    }
    String path = endpoint.method().normalizedPath();
    Set<String> served = new TreeSet<>(BY_METHOD_ORDER);
    for (ResourceValidator.Governed g : governed) {
      if (g.policy().equals(endpoint.policy()) && g.method().normalizedPath().equals(path)) {
        served.add(ResourceValidator.designator(g.method()));
      }
    }
    return String.join(", ", served);
  }

  /** What makes two policies the same policy, whatever their constant names. */
  static List<Object> policyValues(PolicyDeclaration p) {
    return policy(p, "", "").values();
  }

  private static ResourceModel.Policy policy(
      PolicyDeclaration declaration, String constantName, String declaredOn) {
    PolicyInput p = declaration.values();
    return new ResourceModel.Policy(
        constantName,
        declaredOn,
        List.copyOf(new LinkedHashSet<>(p.origins())),
        List.copyOf(new LinkedHashSet<>(p.originPatterns())),
        joinIgnoringCase(p.allowHeaders()),
        joinIgnoringCase(p.exposeHeaders()),
        p.maxAge(),
        joinIgnoringCase(p.vary()),
        p.allowPrivateNetwork(),
        p.refuseCrossSiteWrites(),
        p.allowSameSiteWrites(),
        p.originsProperty(),
        p.originPatternsProperty(),
        p.originsProperty().isEmpty() && p.originPatternsProperty().isEmpty()
            ? List.of()
            : suppressions(declaration.element()));
  }

  /**
   * The {@code credcors:} keys of {@code @SuppressWarnings} on {@code element} and every element
   * enclosing it, sorted: {@code @SuppressWarnings} is a source annotation, so the runtime learns
   * them only from the generated code.
   */
  static List<String> suppressions(Element element) {
    Set<String> keys = new TreeSet<>();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String key : suppress.value()) {
          if (key.startsWith("credcors:")) {
            keys.add(key);
          }
        }
      }
    }
    return List.copyOf(keys);
  }

  /** Header names are case-insensitive (RFC 9110 5.1): keep the first spelling of each. */
  static String joinIgnoringCase(List<String> values) {
    Set<String> seen = new HashSet<>();
    List<String> kept = new ArrayList<>();
    for (String value : values) {
      if (seen.add(value.toLowerCase(Locale.ROOT))) {
        kept.add(value);
      }
    }
    return String.join(", ", kept);
  }

  /**
   * {@code deleteItem} -> {@code DELETE_ITEM}, {@code getHTTPStatus} -> {@code GET_HTTP_STATUS}.
   */
  static String constantCase(CharSequence name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(name.charAt(i - 1))
                  || Character.isDigit(name.charAt(i - 1))
                  || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
      if (boundary && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      out.append(Character.isJavaIdentifierPart(c) && c != '$' ? Character.toUpperCase(c) : '_');
    }
    return out.toString();
  }

  /** {@code name}, or {@code name_2}, {@code name_3}... for overloads. */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name + "_" + i;
    }
    return candidate;
  }

  private static TypeElement topLevel(TypeElement type) {
    TypeElement top = type;
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement t) {
        top = t;
      }
    }
    return top;
  }

  private PackageElement packageOf(TypeElement type) {
    return elements.getPackageOf(type);
  }
}
