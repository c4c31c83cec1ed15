package dev.credcors.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;

/**
 * The writer step: one {@code <Resource>_CorsFilter} class per resource, the resource's own request
 * and response filter. It holds each policy as a named constant and the endpoint table the runtime
 * reads at start-up, and delegates both filter methods to {@code dev.credcors.jaxrs.CorsFilters},
 * where the logic is written once. Everything is emitted in model order, so equal sources give
 * byte-identical output.
 */
final class FilterWriter {

  static final String PROCESSOR = CredentialedCorsProcessor.class.getCanonicalName();

  private static final String RUNTIME = "dev.credcors.jaxrs";
  private static final ClassName CORS_POLICY = ClassName.get(RUNTIME, "CorsPolicy");
  private static final ClassName CORS_ENDPOINT = ClassName.get(RUNTIME, "CorsEndpoint");
  private static final ClassName CORS_FILTERS = ClassName.get(RUNTIME, "CorsFilters");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final ClassName PATTERN = ClassName.get(Pattern.class);
  private static final int MAX_LINE = 100;

  private static final String CLASS_DOC =
      """
      The credentialed CORS filter of {@code $L}.

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
            gets 403 before resource code runs, unless the policy turns the guard off (a read is
            bound so only where its resource serves a write without a policy; elsewhere the
            runtime's pre-matching router judges a write before an override can make it a read);
        <li>as a response filter, it gives every response of the method, error responses
            included, exactly the CORS headers the policy grants.
      </ul>

      <p>Preflights never reach this filter: Jakarta REST binds filters to a method only after
      matching, and a preflight must be answered before matching and authentication. The credcors
      runtime's one {@code @PreMatching} preflight router answers them, from {@link #endpoints()}.
      """;

  /** {@code javax.annotation.processing.Generated}, or null when the target release lacks it. */
  private final ClassName generated;

  private final JaxRsNames jaxRs;

  FilterWriter(ClassName generated, JaxRsNames jaxRs) {
    this.generated = generated;
    this.jaxRs = jaxRs;
  }

  /**
   * Writes the class for {@code model} through {@code filer}. The text is built in memory first and
   * handed to javac's writer in one call: {@link JavaFile#writeTo(Filer)} sends each of JavaPoet's
   * many small appends through javac's {@code Writer}, where every call takes a lock and runs the
   * charset encoder. The bytes written are the same.
   */
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

  String write(ResourceModel model) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.generatedSimpleName())
            .addOriginatingElement(model.originatingElement())
            // Named, not linked: a stale copy left after the resource is deleted must still
            // compile under -Xdoclint.
            .addJavadoc(CLASS_DOC, model.resource().getQualifiedName())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(jaxRs.requestFilter())
            .addSuperinterface(jaxRs.responseFilter());
    if (generated != null) {
      type.addAnnotation(
          AnnotationSpec.builder(generated).addMember("value", "$S", PROCESSOR).build());
    }
    for (ResourceModel.Policy policy : model.policies()) {
      type.addField(
          FieldSpec.builder(CORS_POLICY, policy.constantName())
              .addJavadoc(
                  policy.declaredOn().isEmpty()
                      ? CodeBlock.of(
                          "The class-level policy: governs each resource method without its own.\n")
                      : CodeBlock.of("The policy declared on {@code $L}.\n", policy.declaredOn()))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer(policyInitializer(policy))
              .build());
    }
    ParameterizedTypeName endpointList = ParameterizedTypeName.get(LIST, CORS_ENDPOINT);
    type.addField(
        FieldSpec.builder(endpointList, "ENDPOINTS")
            .addJavadoc("The governed resource methods, in declaration order.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(endpointsInitializer(model.endpoints()))
            .build());
    type.addField(
        FieldSpec.builder(CORS_ENDPOINT, "endpoint")
            .addJavadoc("The one resource method this instance filters, with its policy.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "Made by the credcors runtime at start-up, once per governed resource method.\n\n"
                    + "@param endpoint that method's entry of {@link #endpoints()}\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(CORS_ENDPOINT, "endpoint")
            .addStatement("this.endpoint = $T.requireNonNull(endpoint, $S)", OBJECTS, "endpoint")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("endpoints")
            .addJavadoc(
                "The governed resource methods, read once by the credcors runtime at start-up.\n\n"
                    + "@return one entry per resource method under a policy of this resource\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(endpointList)
            .addStatement("return ENDPOINTS")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("filter")
            .addJavadoc("Refuses a forged cross-site write: see the class documentation.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(jaxRs.requestContext(), "request")
            .addStatement("$T.guardWrites(endpoint, request)", CORS_FILTERS)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("filter")
            .addJavadoc("Gives the response the CORS headers the policy grants.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(jaxRs.requestContext(), "request")
            .addParameter(jaxRs.responseContext(), "response")
            .addStatement("$T.decorateResponse(endpoint, request, response)", CORS_FILTERS)
            .build());
    String source =
        JavaFile.builder(model.packageName(), type.build())
            .skipJavaLangImports(true)
            .indent("  ")
            .build()
            .toString();
    return wrapImplements(source, model.generatedSimpleName());
  }

  /**
   * JavaPoet keeps a class's {@code implements} clause on the line of its name, which a long
   * generated name takes past 100 columns; there the clause starts the next line instead, indented
   * as a continuation.
   */
  private static String wrapImplements(String source, String simpleName) {
    String name = "\npublic final class " + simpleName;
    int start = source.indexOf(name + " implements ");
    int end = start < 0 ? -1 : source.indexOf('\n', start + 1);
    if (end - (start + 1) <= MAX_LINE) {
      return source;
    }
    int clause = start + name.length();
    return source.substring(0, clause) + "\n    " + source.substring(clause + 1);
  }

  private static CodeBlock policyInitializer(ResourceModel.Policy policy) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>$>", CORS_POLICY);
    if (!policy.exactOrigins().isEmpty()) {
      code.add(
          "\n.exactOrigins($L)",
          policy.exactOrigins().stream()
              .map(o -> CodeBlock.of("$S", o))
              .collect(CodeBlock.joining(", ")));
    }
    if (!policy.originPatterns().isEmpty()) {
      code.add(
          "\n.originPatterns($L)",
          policy.originPatterns().stream()
              .map(p -> CodeBlock.of("$T.compile($S)", PATTERN, p))
              .collect(CodeBlock.joining(", ")));
    }
    if (!policy.originsProperty().isEmpty()) {
      code.add("\n.originsProperty($S)", policy.originsProperty());
    }
    if (!policy.originPatternsProperty().isEmpty()) {
      code.add("\n.originPatternsProperty($S)", policy.originPatternsProperty());
    }
    if (!policy.suppressions().isEmpty()) {
      code.add(
          "\n.suppressWarnings($L)",
          policy.suppressions().stream()
              .map(s -> CodeBlock.of("$S", s))
              .collect(CodeBlock.joining(", ")));
    }
    return code.add("\n.allowHeaders($S)", policy.allowHeaders())
        .add("\n.exposeHeaders($S)", policy.exposeHeaders())
        .add("\n.maxAge($L)", longLiteral(policy.maxAge()))
        .add("\n.vary($S)", policy.vary())
        .add("\n.allowPrivateNetwork($L)", policy.allowPrivateNetwork())
        .add("\n.refuseCrossSiteWrites($L)", policy.refuseCrossSiteWrites())
        .add("\n.allowSameSiteWrites($L)", policy.allowSameSiteWrites())
        .add("\n.build()$<$<")
        .build();
  }

  private static String longLiteral(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }

  private static CodeBlock endpointsInitializer(List<ResourceModel.Endpoint> endpoints) {
    if (endpoints.isEmpty()) {
      return CodeBlock.of("$T.of()", LIST);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of($>$>", LIST);
    for (int i = 0; i < endpoints.size(); i++) {
      ResourceModel.Endpoint e = endpoints.get(i);
      code.add(
          "\n$T.of($S,$W$S,$W$S,$W$S,$W$L)$L",
          CORS_ENDPOINT,
          e.javaMethod(),
          e.httpMethod(),
          e.pathTemplate(),
          e.allowMethods(),
          e.policy(),
          i + 1 < endpoints.size() ? "," : "");
    }
    return code.add(")$<$<").build();
  }
}
