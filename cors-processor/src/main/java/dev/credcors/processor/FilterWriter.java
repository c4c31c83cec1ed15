package dev.credcors.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.JavaFileObject;

/**
 * The writer step: one {@code <Resource>_CorsFilter} class per resource, the resource's own request
 * and response filter. It holds each policy as a named constant and the endpoint table the runtime
 * reads at start-up, and delegates both filter methods to {@code dev.credcors.jaxrs.CorsFilters},
 * where the logic is written once. Everything is emitted in model order, so equal sources give
 * byte-identical output.
 *
 * <p>The class has one fixed shape, so it is written straight into {@link SourceText} rather than
 * built as a JavaPoet model and printed twice: see {@link SourceText} for why.
 */
final class FilterWriter {

  static final String PROCESSOR = CredentialedCorsProcessor.class.getCanonicalName();

  private static final String RUNTIME = "dev.credcors.jaxrs";
  private static final String CORS_POLICY = RUNTIME + ".CorsPolicy";
  private static final String CORS_ENDPOINT = RUNTIME + ".CorsEndpoint";
  private static final String CORS_FILTERS = RUNTIME + ".CorsFilters";
  private static final String LIST = "java.util.List";
  private static final String OBJECTS = "java.util.Objects";
  private static final String PATTERN = "java.util.regex.Pattern";

  private static final String CLASS_DOC =
      """
      The credentialed CORS filter of {@code %s}.

      <p>Checked at compile time by credcors and generated from its {@code @CredentialedCors}
      annotations: change those, not this file.

      <p>The credcors runtime binds one instance to each resource method in {@link #endpoints()},
      made with that method's entry, and to nothing else:

      <ul>
        <li>as a request filter, ahead of authentication, it is the cross-site write guard: a
            request with a method other than GET, HEAD or OPTIONS that a browser sends from a page
            the method's policy does not allow ({@code Sec-Fetch-Site: cross-site}, or
            {@code same-site} unless the policy allows same-site writes; without that header, an
            {@code Origin} that is neither allowed nor the request's own, or {@code Origin: null})
            gets 403 before resource code runs, unless the policy turns the guard off;
        <li>as a response filter, it gives every response of the method, error responses
            included, exactly the CORS headers the policy grants.
      </ul>

      <p>Preflights never reach this filter: Jakarta REST binds filters to a method only after
      matching, and a preflight must be answered before matching and authentication. The credcors
      runtime's one {@code @PreMatching} preflight router answers them, from {@link #endpoints()}.
      """;

  /** {@code javax.annotation.processing.Generated}, or null when the target release lacks it. */
  private final String generated;

  private final JaxRsNames jaxRs;

  FilterWriter(String generated, JaxRsNames jaxRs) {
    this.generated = generated;
    this.jaxRs = jaxRs;
  }

  /** Writes the class for {@code model} through {@code filer}, in one call to javac's writer. */
  void writeTo(ResourceModel model, Filer filer) throws IOException {
    String source = write(model);
    String name =
        model.packageName().isEmpty()
            ? model.generatedSimpleName()
            : model.packageName() + "." + model.generatedSimpleName();
    JavaFileObject file = filer.createSourceFile(name, model.originatingElement());
    try (Writer out = file.openWriter()) {
      out.write(source);
    }
  }

  /** The source of {@code model}'s class: header, constants, then the constructor and methods. */
  String write(ResourceModel model) {
    SourceText out = new SourceText();
    header(out, model);
    constants(out, model);
    methods(out, model.generatedSimpleName());
    return out.unindent(1).emit("}\n").toString();
  }

  /** Package, imports, class Javadoc and annotation, and the class line; indents the body. */
  private void header(SourceText out, ResourceModel model) {
    if (!model.packageName().isEmpty()) {
      out.emit("package " + model.packageName() + ";\n").emit("\n");
    }
    SortedSet<String> imports = imports(model);
    for (String name : imports) {
      out.emit("import " + name + ";\n");
    }
    if (!imports.isEmpty()) {
      out.emit("\n");
    }
    // Named, not linked: a stale copy left after the resource is deleted must still compile under
    // -Xdoclint.
    out.javadoc(CLASS_DOC.formatted(model.resource().getQualifiedName()));
    if (generated != null) {
      out.emit("@" + simpleName(generated) + "(").literal(PROCESSOR).emit(")\n");
    }
    out.emit("public final class " + model.generatedSimpleName())
        .emit(" implements " + simpleName(jaxRs.requestFilter()))
        .emit(", " + simpleName(jaxRs.responseFilter()) + " {\n")
        .indent(1);
  }

  /** The policy constants, the endpoint table and the instance's endpoint field. */
  private static void constants(SourceText out, ResourceModel model) {
    for (ResourceModel.Policy policy : model.policies()) {
      out.javadoc(
          policy.declaredOn().isEmpty()
              ? "The class-level policy: governs each resource method without its own.\n"
              : "The policy declared on {@code " + policy.declaredOn() + "}.\n");
      out.emit("private static final CorsPolicy " + policy.constantName() + " = ");
      policyInitializer(out, policy);
      out.emit(";\n").emit("\n");
    }
    out.javadoc("The governed resource methods, in declaration order.\n");
    out.emit("private static final List<CorsEndpoint> ENDPOINTS = ");
    endpointsInitializer(out, model.endpoints());
    out.emit(";\n").emit("\n");
    out.javadoc("The one resource method this instance filters, with its policy.\n")
        .emit("private final CorsEndpoint endpoint;\n")
        .emit("\n");
  }

  /** The constructor, {@code endpoints()} and the two {@code filter} methods. */
  private void methods(SourceText out, String simpleName) {
    out.javadoc(
            "Made by the credcors runtime at start-up, once per governed resource method.\n\n"
                + "@param endpoint that method's entry of {@link #endpoints()}\n")
        .emit("public " + simpleName + "(")
        .zeroWidthSpace()
        .emit("CorsEndpoint endpoint) {\n")
        .indent(1)
        .emit("this.endpoint = Objects.requireNonNull(endpoint, ")
        .literal("endpoint")
        .emit(");\n")
        .unindent(1)
        .emit("}\n")
        .emit("\n");
    out.javadoc(
            "The governed resource methods, read once by the credcors runtime at start-up.\n\n"
                + "@return one entry per resource method under a policy of this resource\n")
        .emit("public static List<CorsEndpoint> endpoints(")
        .zeroWidthSpace()
        .emit(") {\n")
        .indent(1)
        .emit("return ENDPOINTS;\n")
        .unindent(1)
        .emit("}\n")
        .emit("\n");
    String request = simpleName(jaxRs.requestContext());
    out.javadoc("Refuses a forged cross-site write: see the class documentation.\n")
        .emit("@Override\n")
        .emit("public void filter(")
        .zeroWidthSpace()
        .emit(request + " request) {\n")
        .indent(1)
        .emit("CorsFilters.guardWrites(endpoint, request);\n")
        .unindent(1)
        .emit("}\n")
        .emit("\n");
    out.javadoc("Gives the response the CORS headers the policy grants.\n")
        .emit("@Override\n")
        .emit("public void filter(")
        .zeroWidthSpace()
        .emit(request + " request,")
        .wrappingSpace()
        .emit(simpleName(jaxRs.responseContext()) + " response) {\n")
        .indent(1)
        .emit("CorsFilters.decorateResponse(endpoint, request, response);\n")
        .unindent(1)
        .emit("}\n");
  }

  /**
   * The types the class refers to, by qualified name in sorted order: all but those of its own
   * package and of {@code java.lang}, which it names without an import.
   */
  private SortedSet<String> imports(ResourceModel model) {
    SortedSet<String> names = new TreeSet<>();
    names.addAll(List.of(CORS_ENDPOINT, CORS_FILTERS, LIST, OBJECTS));
    names.addAll(
        List.of(
            jaxRs.requestFilter(),
            jaxRs.responseFilter(),
            jaxRs.requestContext(),
            jaxRs.responseContext()));
    if (!model.policies().isEmpty()) {
      names.add(CORS_POLICY);
    }
    if (model.policies().stream().anyMatch(p -> !p.originPatterns().isEmpty())) {
      names.add(PATTERN);
    }
    if (generated != null) {
      names.add(generated);
    }
    names.removeIf(name -> packageOf(name).equals(model.packageName()));
    return names;
  }

  /** The policy as one {@code CorsPolicy.builder()} chain, a call per line. */
  private static void policyInitializer(SourceText out, ResourceModel.Policy policy) {
    out.emit("CorsPolicy.builder()").indent(2);
    if (!policy.exactOrigins().isEmpty()) {
      call(out, "exactOrigins", policy.exactOrigins(), "", "");
    }
    if (!policy.originPatterns().isEmpty()) {
      call(out, "originPatterns", policy.originPatterns(), "Pattern.compile(", ")");
    }
    if (!policy.originsProperty().isEmpty()) {
      call(out, "originsProperty", List.of(policy.originsProperty()), "", "");
    }
    if (!policy.originPatternsProperty().isEmpty()) {
      call(out, "originPatternsProperty", List.of(policy.originPatternsProperty()), "", "");
    }
    if (!policy.suppressions().isEmpty()) {
      call(out, "suppressWarnings", policy.suppressions(), "", "");
    }
    call(out, "allowHeaders", List.of(policy.allowHeaders()), "", "");
    call(out, "exposeHeaders", List.of(policy.exposeHeaders()), "", "");
    out.emit("\n.maxAge(" + longLiteral(policy.maxAge()) + ")");
    call(out, "vary", List.of(policy.vary()), "", "");
    out.emit("\n.allowPrivateNetwork(" + policy.allowPrivateNetwork() + ")")
        .emit("\n.refuseCrossSiteWrites(" + policy.refuseCrossSiteWrites() + ")")
        .emit("\n.allowSameSiteWrites(" + policy.allowSameSiteWrites() + ")")
        .emit("\n.build()")
        .unindent(2);
  }

  /**
   * {@code .method(...)} on a new line, its arguments string literals separated by {@code ", "},
   * each between {@code before} and {@code after}.
   */
  private static void call(
      SourceText out, String method, List<String> values, String before, String after) {
    out.emit("\n." + method + "(");
    for (int i = 0; i < values.size(); i++) {
      out.emit(i == 0 ? before : ", " + before).literal(values.get(i)).emit(after);
    }
    out.emit(")");
  }

  private static String longLiteral(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }

  /** The endpoint table: one {@code CorsEndpoint.of(...)} per line, wrapped at column 100. */
  private static void endpointsInitializer(SourceText out, List<ResourceModel.Endpoint> endpoints) {
    if (endpoints.isEmpty()) {
      out.emit("List.of()");
      return;
    }
    out.emit("List.of(").indent(2);
    for (int i = 0; i < endpoints.size(); i++) {
      ResourceModel.Endpoint e = endpoints.get(i);
      out.emit("\nCorsEndpoint.of(");
      for (String value :
          List.of(e.javaMethod(), e.httpMethod(), e.pathTemplate(), e.allowMethods())) {
        out.literal(value).emit(",").wrappingSpace();
      }
      out.emit(e.policy() + ")" + (i + 1 < endpoints.size() ? "," : ""));
    }
    out.emit(")").unindent(2);
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static String packageOf(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedName.substring(0, dot);
  }
}
