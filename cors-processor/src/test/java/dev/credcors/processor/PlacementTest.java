package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Message;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The {@code misplaced-annotation} rule and what a well-placed annotation governs. */
class PlacementTest {

  @Test
  void rejectsClassWithoutPath() {
    JavaFileObject source = Sources.golden("placement/NoPath.java");
    Compilation compilation = Sources.credcors().compile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.MISPLACED_ON_CLASS.format("placement.NoPath"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void rejectsInterface() {
    JavaFileObject source = Sources.golden("placement/OnInterface.java");
    assertThat(Sources.credcors().compile(source))
        .hadErrorContaining(
            Message.MISPLACED_ON_ABSTRACT_TYPE.format("placement.OnInterface", "an interface"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
  }

  @Test
  void rejectsAbstractClass() {
    JavaFileObject source = Sources.golden("placement/OnAbstract.java");
    assertThat(Sources.credcors().compile(source))
        .hadErrorContaining(
            Message.MISPLACED_ON_ABSTRACT_TYPE.format("placement.OnAbstract", "abstract"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
  }

  @Test
  void rejectsInnerClass() {
    JavaFileObject source = Sources.golden("placement/OnInner.java");
    assertThat(Sources.credcors().compile(source))
        .hadErrorContaining(
            Message.MISPLACED_ON_ABSTRACT_TYPE.format(
                "placement.OnInner.Inner", "an inner (non-static) class"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
  }

  @Test
  void rejectsMethodWithoutDesignator() {
    JavaFileObject source = Sources.golden("placement/MethodWithoutDesignator.java");
    Compilation compilation = Sources.credcors().compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            Message.MISPLACED_ON_METHOD.format("placement.MethodWithoutDesignator.helper()"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void rejectsSubResourceLocator() {
    JavaFileObject source = Sources.golden("placement/SubResourceLocator.java");
    assertThat(Sources.credcors().compile(source))
        .hadErrorContaining(
            Message.MISPLACED_ON_METHOD.format("placement.SubResourceLocator.child()"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
  }

  @Test
  void rejectsResourceMethodOfClassWithoutPath() {
    JavaFileObject source = Sources.golden("placement/MethodInClassWithoutPath.java");
    assertThat(Sources.credcors().compile(source))
        .hadErrorContaining(
            Message.MISPLACED_ON_METHOD.format("placement.MethodInClassWithoutPath.get()"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
  }

  @Test
  void rejectsStaticMethod() {
    JavaFileObject source = Sources.golden("placement/StaticMethod.java");
    assertThat(Sources.credcors().compile(source))
        .hadErrorContaining(Message.MISPLACED_ON_METHOD.format("placement.StaticMethod.get()"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
  }

  @Test
  void methodPoliciesWithoutClassPolicyGovernOnlyTheirMethods() throws IOException {
    Compilation compilation =
        Sources.credcors().compile(Sources.golden("placement/MethodPolicyOnly.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = generated(compilation, "placement.MethodPolicyOnly_CorsFilter");
    assertThat(source)
        .doesNotContain("CLASS_POLICY")
        .doesNotContain("\"list()\"")
        .contains("PROPERTIES_POLICY", "DELETE_POLICY", "DELETE_POLICY_2")
        .contains(
            "CorsEndpoint.of(\"properties(java.lang.String)\", \"PROPFIND\", \"/api/docs/{name}\","
                + " \"PROPFIND\", PROPERTIES_POLICY)")
        .contains("\"delete(java.lang.String,int)\"");
  }

  @Test
  void followsJakartaRestAnnotationInheritance() throws IOException {
    Compilation compilation =
        Sources.credcors()
            .compile(
                Sources.golden("placement/InheritedDesignators.java"),
                Sources.golden("placement/InheritedBase.java"),
                Sources.golden("placement/InheritedContract.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "placement.InheritedDesignators_CorsFilter"))
        .contains(
            "CorsEndpoint.of(\"get()\", \"GET\", \"/api/inherited\", \"GET, POST\", CLASS_POLICY)",
            "CorsEndpoint.of(\"post(java.lang.String)\", \"POST\", \"/api/inherited\", \"GET,"
                + " POST\", CLASS_POLICY)");
  }

  static String generated(Compilation compilation, String name) throws IOException {
    return compilation
        .generatedSourceFile(name)
        .orElseThrow(() -> new AssertionError("not generated: " + name))
        .getCharContent(false)
        .toString()
        .replaceAll("\\s+", " "); // line wrapping is the writer's business, not these tests'
  }
}
