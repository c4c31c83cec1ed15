package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated source of a representative resource, byte for byte. Run with {@code
 * -Dcredcors.updateGoldens=true} to rewrite {@code src/test/resources/expected/} after an intended
 * change, and review the diff.
 */
class GoldenTest {

  private static final String INPUT = "com/example/shop/Shop.java";
  private static final String GENERATED = "com.example.shop.Shop_ItemResource_CorsFilter";
  private static final Path EXPECTED =
      Path.of("src/test/resources/expected/Shop_ItemResource_CorsFilter.java");

  @Test
  void generatesTheExpectedSource() throws IOException {
    Compilation compilation = Sources.credcors().compile(Sources.golden(INPUT));
    assertThat(compilation).succeededWithoutWarnings();
    assertMatchesGolden(EXPECTED, generatedSource(compilation));
  }

  /** {@code actual} equals the file {@code expected}, which the switch rewrites first. */
  static void assertMatchesGolden(Path expected, String actual) throws IOException {
    if (Boolean.getBoolean("credcors.updateGoldens")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void generatesOneClassPerResourceAndTheInventoriesOnly() {
    Compilation compilation = Sources.credcors().compile(Sources.golden(INPUT));
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
    assertThat(
            compilation.generatedFiles().stream()
                .filter(f -> f.getKind() == JavaFileObject.Kind.OTHER)
                .map(f -> f.toUri().getPath()))
        .as("no service files; the only resources are the inventories (DESIGN 1.5)")
        .hasSize(2)
        .anySatisfy(path -> assertThat(path).endsWith("/" + Inventory.PATH))
        .anySatisfy(path -> assertThat(path).endsWith("/" + JsonInventory.PATH));
  }

  @Test
  void generatedSourceCompilesAloneWithEveryLintAsError() throws IOException {
    String source = generatedSource(Sources.credcors().compile(Sources.golden(INPUT)));
    Compilation alone =
        Compiler.javac()
            .withOptions("-proc:none", "-Xlint:all", "-Werror")
            .compile(Sources.golden(INPUT), JavaFileObjects.forSourceString(GENERATED, source));
    assertThat(alone).succeededWithoutWarnings();
  }

  @Test
  void generatedSourcePassesDoclint() throws IOException {
    JavaFileObject generated =
        JavaFileObjects.forSourceString(
            GENERATED, generatedSource(Sources.credcors().compile(Sources.golden(INPUT))));
    Compilation doclint =
        Compiler.javac()
            .withOptions("-proc:none", "-Xdoclint:all")
            .compile(Sources.golden(INPUT), generated);
    assertThat(doclint).succeeded();
    // The test input itself is not documented to doclint's taste; only the output is judged.
    assertThat(doclint.diagnostics())
        .filteredOn(d -> d.getSource() != null && d.getSource().toUri().equals(generated.toUri()))
        .isEmpty();
  }

  @Test
  void generatedLinesFitInAHundredColumnsWrappingOnlyALongDeclaration() throws IOException {
    Compilation shortName =
        Sources.credcors()
            .compile(
                JavaFileObjects.forSourceLines(
                    "p.A",
                    "package p;",
                    "@jakarta.ws.rs.Path(\"/a\")",
                    "@dev.credcors.CredentialedCors(origins = \"https://app.example.com\")",
                    "public class A {",
                    "  @jakarta.ws.rs.GET public String get() { return \"a\"; }",
                    "}"));
    String oneLine =
        shortName
            .generatedSourceFile("p.A_CorsFilter")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    String wrapped = generatedSource(Sources.credcors().compile(Sources.golden(INPUT)));

    assertThat(oneLine.lines())
        .contains(
            "public final class A_CorsFilter implements ContainerRequestFilter,"
                + " ContainerResponseFilter {")
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    assertThat(wrapped.lines())
        .containsSequence(
            "public final class Shop_ItemResource_CorsFilter",
            "    implements ContainerRequestFilter, ContainerResponseFilter {")
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void twoCompilationsGiveIdenticalSourceAndClassBytes() throws IOException {
    Compilation first = Sources.credcors().compile(Sources.golden(INPUT));
    Compilation second = Sources.credcors().compile(Sources.golden(INPUT));
    assertThat(generatedSource(first)).isEqualTo(generatedSource(second));
    String classFile = GENERATED.replace('.', '/') + ".class";
    assertThat(bytes(first.generatedFile(StandardLocation.CLASS_OUTPUT, classFile).orElseThrow()))
        .isEqualTo(
            bytes(second.generatedFile(StandardLocation.CLASS_OUTPUT, classFile).orElseThrow()))
        .isNotEmpty();
  }

  static String generatedSource(Compilation compilation) throws IOException {
    return compilation
        .generatedSourceFile(GENERATED)
        .orElseThrow(() -> new AssertionError("not generated: " + GENERATED))
        .getCharContent(false)
        .toString();
  }

  private static byte[] bytes(JavaFileObject file) throws IOException {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }
}
