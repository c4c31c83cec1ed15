package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.credcors.policy.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Which namespace a compilation gets: the one on the class path, Jakarta when both are, the one
 * {@code -Acredcors.namespace} names; and the javax output, byte for byte. (The rules themselves
 * are compared namespace against namespace in {@code rules.JavaxRulesIT}.)
 */
class NamespaceIT {

  private static final String SHOP = "com/example/shop/Shop.java";
  private static final String GENERATED = "com.example.shop.Shop_ItemResource_CorsFilter";
  private static final Path EXPECTED =
      Path.of("src/test/resources/expected/javax/Shop_ItemResource_CorsFilter.java");

  private static JavaFileObject javaxShop() {
    return JavaxCompilation.toJavax(Sources.golden(SHOP));
  }

  @Test
  void javaxOnlyClassPathGeneratesTheExpectedSource() throws IOException {
    Compilation compilation =
        JavaxCompilation.javaxOnly().withOptions(JavaxCompilation.STRICT).compile(javaxShop());
    assertThat(compilation).succeededWithoutWarnings();
    GoldenTest.assertMatchesGolden(EXPECTED, source(compilation));
  }

  @Test
  void javaxOutputIsTheJakartaOutputInTheOtherNamespace() throws IOException {
    String jakarta = source(Sources.credcors().compile(Sources.golden(SHOP)));
    String javax =
        source(
            JavaxCompilation.javaxOnly().withOptions(JavaxCompilation.STRICT).compile(javaxShop()));
    assertThat(javax).isEqualTo(JavaxCompilation.inJavaxOrder(jakarta));
  }

  @Test
  void javaxOutputCompilesAloneWithEveryLintAsError() throws IOException {
    String generated =
        source(
            JavaxCompilation.javaxOnly().withOptions(JavaxCompilation.STRICT).compile(javaxShop()));
    Compilation alone =
        JavaxCompilation.javaxOnly()
            .withOptions("-proc:none", "-Xlint:all", "-Werror")
            .compile(javaxShop(), JavaFileObjects.forSourceString(GENERATED, generated));
    assertThat(alone).succeededWithoutWarnings();
  }

  @Test
  void bothOnTheClassPathMeansJakarta() {
    Compilation compilation =
        JavaxCompilation.bothApis(false)
            .withOptions(JavaxCompilation.STRICT)
            .compile(Sources.golden(SHOP));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(GENERATED);
  }

  @Test
  void javaxResourceUnderJakartaIsToldToSetTheOption() {
    JavaFileObject source = javaxShop();
    Compilation compilation = JavaxCompilation.bothApis(false).compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            Message.MISPLACED_IN_OTHER_NAMESPACE.format(
                "jakarta.ws.rs", "com.example.shop.Shop.ItemResource", "javax.ws.rs", "javax"))
        .inFile(source)
        .onLine(lineOf(source, "@CredentialedCors("));
  }

  @Test
  void optionChoosesJavaxWhenBothAreThere() {
    Compilation compilation =
        JavaxCompilation.bothApis(true)
            .withOptions(
                List.of("-Xlint:all,-processing", "-Werror", "-A" + Namespace.OPTION + "=javax"))
            .compile(javaxShop());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(GENERATED);
  }

  @Test
  void optionChoosesJakartaEvenWithoutItsApi() {
    JavaFileObject source = javaxShop();
    Compilation compilation =
        JavaxCompilation.javaxOnly()
            .withOptions("-A" + Namespace.OPTION + "=jakarta")
            .compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            Message.MISPLACED_IN_OTHER_NAMESPACE.format(
                "jakarta.ws.rs", "com.example.shop.Shop.ItemResource", "javax.ws.rs", "javax"))
        .inFile(source);
  }

  @Test
  void rejectsAnOptionItCannotRead() {
    Compilation compilation =
        JavaxCompilation.bothApis(false)
            .withOptions("-A" + Namespace.OPTION + "=jee")
            .compile(Sources.golden(SHOP));
    assertThat(compilation).hadErrorContaining(Message.NAMESPACE_OPTION.format("jee"));
  }

  private static long lineOf(JavaFileObject source, String fragment) {
    try {
      return Sources.line(source, fragment);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String source(Compilation compilation) throws IOException {
    return GoldenTest.generatedSource(compilation);
  }
}
