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
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;

/**
 * The writer step: one {@code <Resource>_CredentialedCors} class per resource, holding each policy
 * as a named constant and the endpoint list the runtime reads at start-up. Everything is emitted in
 * model order, so equal sources give byte-identical output.
 */
final class EndpointsWriter {

  static final String PROCESSOR = CredentialedCorsProcessor.class.getCanonicalName();

  private static final ClassName CORS_POLICY = ClassName.get("dev.credcors.jaxrs", "CorsPolicy");
  private static final ClassName CORS_ENDPOINT =
      ClassName.get("dev.credcors.jaxrs", "CorsEndpoint");
  private static final ClassName CORS_ENDPOINTS =
      ClassName.get("dev.credcors.jaxrs", "CorsEndpoints");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName PATTERN = ClassName.get(Pattern.class);

  /** {@code javax.annotation.processing.Generated}, or null when the target release lacks it. */
  private final ClassName generated;

  EndpointsWriter(ClassName generated) {
    this.generated = generated;
  }

  /**
   * Writes the class for {@code model} through {@code filer}. The text is built in memory first and
   * handed to javac's writer in one call: {@link JavaFile#writeTo(Filer)} sends each of JavaPoet's
   * many small appends through javac's {@code Writer}, where every call takes a lock and runs the
   * charset encoder. The bytes written are the same.
   */
  void writeTo(ResourceModel model, Filer filer) throws IOException {
    String source = write(model).toString();
    String name =
        model.packageName().isEmpty()
            ? model.generatedSimpleName()
            : model.packageName() + "." + model.generatedSimpleName();
    JavaFileObject file = filer.createSourceFile(name, model.originatingElement());
    try (Writer out = file.openWriter()) {
      out.write(source);
    }
  }

  JavaFile write(ResourceModel model) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.generatedSimpleName())
            .addOriginatingElement(model.originatingElement())
            .addJavadoc(
                "Credentialed CORS policies of {@code $L}.\n\n<p>Checked at compile time by"
                    + " credcors and generated from its {@code @CredentialedCors}\nannotations:"
                    + " change those, not this file.\n",
                // Named, not linked: a stale copy left after the resource is deleted must still
                // compile under -Xdoclint.
                model.resource().getQualifiedName())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(CORS_ENDPOINTS);
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
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc(
                "Instantiated once by the credcors runtime when the resource is deployed.\n")
            .addModifiers(Modifier.PUBLIC)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("endpoints")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(endpointList)
            .addStatement("return ENDPOINTS")
            .build());
    return JavaFile.builder(model.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
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
