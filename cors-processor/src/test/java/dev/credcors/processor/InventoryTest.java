package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.credcors.policy.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's inventory: its content byte for byte, its determinism, when it is (not) written,
 * and the Gradle mode the processor reports for it. Run with {@code -Dcredcors.updateGoldens=true}
 * to rewrite {@code src/test/resources/expected/inventory.md} after an intended change.
 */
class InventoryTest {

  private static final Path EXPECTED = Path.of("src/test/resources/expected/inventory.md");

  private final JavaFileObject shop = Sources.golden("com/example/shop/Shop.java");
  private final JavaFileObject accounts = Sources.golden("inventory/Accounts.java");
  private final JavaFileObject broken = Sources.golden("inventory/Broken.java");

  @Test
  void listsEveryTrustedOriginEndpointAndWaiver() throws IOException {
    Compilation compilation = Sources.credcors().compile(shop, accounts);
    assertThat(compilation).succeededWithoutWarnings();
    String actual = inventory(compilation).orElseThrow();
    if (Boolean.getBoolean("credcors.updateGoldens")) {
      Files.createDirectories(EXPECTED.getParent());
      Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
  }

  @Test
  void isTheSameBytesWhateverTheRunOrTheOrderOfSources() {
    String first = inventory(Sources.credcors().compile(shop, accounts)).orElseThrow();
    String again = inventory(Sources.credcors().compile(shop, accounts)).orElseThrow();
    String swapped = inventory(Sources.credcors().compile(accounts, shop)).orElseThrow();
    assertThat(again).isEqualTo(first);
    assertThat(swapped).isEqualTo(first);
  }

  @Test
  void isOffWithTheOptionAndThenTheProcessorIsIsolating() {
    CredentialedCorsProcessor processor = new CredentialedCorsProcessor();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processor)
            .withOptions("-Acredcors.inventory=false", "-Xlint:all,-processing", "-Werror")
            .compile(shop);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.shop.Shop_ItemResource_CorsFilter");
    assertThat(inventory(compilation)).isEmpty();
    assertThat(processor.getSupportedOptions())
        .contains(CredentialedCorsProcessor.GRADLE_ISOLATING)
        .doesNotContain(CredentialedCorsProcessor.GRADLE_AGGREGATING);
  }

  @Test
  void isOnByDefaultAndThenTheProcessorIsAggregating() {
    CredentialedCorsProcessor beforeInit = new CredentialedCorsProcessor();
    assertThat(beforeInit.getSupportedOptions())
        .as("the safe claim before the options are known")
        .contains(CredentialedCorsProcessor.GRADLE_AGGREGATING);
    for (String value : new String[] {null, "true", "yes"}) {
      CredentialedCorsProcessor processor = new CredentialedCorsProcessor();
      Compiler compiler = Compiler.javac().withProcessors(processor);
      if (value != null) {
        compiler = compiler.withOptions("-Acredcors.inventory=" + value);
      }
      assertThat(inventory(compiler.compile(shop))).as("credcors.inventory=%s", value).isPresent();
      assertThat(processor.getSupportedOptions())
          .contains(
              CredentialedCorsProcessor.WARNINGS_AS_ERRORS,
              CredentialedCorsProcessor.INVENTORY,
              CredentialedCorsProcessor.GRADLE_AGGREGATING)
          .doesNotContain(CredentialedCorsProcessor.GRADLE_ISOLATING);
    }
  }

  @Test
  void theJarDeclaresTheProcessorDynamic() throws IOException {
    String declaration;
    try (InputStream in =
        CredentialedCorsProcessor.class
            .getClassLoader()
            .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
      declaration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(declaration).isEqualTo(CredentialedCorsProcessor.class.getName() + ",dynamic\n");
  }

  @Test
  void isNotWrittenWhenEveryPolicyIsInvalid(@TempDir Path out) throws IOException {
    Javac.Result result = Javac.compile(out, List.of(), broken);
    assertThat(result.success()).isFalse();
    assertThat(result.errors()).contains("[" + Rule.WILDCARD_ORIGIN.tag() + "]");
    assertThat(out.resolve(Inventory.PATH)).doesNotExist();
  }

  @Test
  void isNotWrittenForAFailedCompilationEvenWithValidResources(@TempDir Path out)
      throws IOException {
    Javac.Result result = Javac.compile(out, List.of(), shop, broken);
    assertThat(result.success()).isFalse();
    assertThat(out.resolve(Inventory.PATH))
        .as("no classes are written, so no inventory describes them")
        .doesNotExist();
  }

  @Test
  void replacesItsOwnInventoryFromAnEarlierBuild(@TempDir Path out) throws IOException {
    Path file = out.resolve(Inventory.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Inventory.MARKER + "\n\n# stale: lists a deleted resource\n");
    Javac.Result result = Javac.compile(out, List.of(), shop);
    assertThat(result.success()).as(result.errors()).isTrue();
    assertThat(Files.readString(file))
        .isEqualTo(inventory(Sources.credcors().compile(shop)).orElseThrow());
  }

  @Test
  void neverReplacesAFileItDidNotWrite(@TempDir Path out) throws IOException {
    Path file = out.resolve(Inventory.PATH);
    Files.createDirectories(file.getParent());
    String theirs = "# Our origins (copied from src/main/resources)\n";
    Files.writeString(file, theirs);
    Javac.Result result = Javac.compile(out, List.of(), shop);
    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .contains(Inventory.PATH + " already exists in the class output and was not written")
        .contains("-Acredcors.inventory=false");
    assertThat(Files.readString(file)).isEqualTo(theirs);
  }

  @Test
  void neverReplacesAFileAnotherProcessorWrote(@TempDir Path out) throws IOException {
    Javac.Result result = Javac.compile(out, List.of(new ForeignInventory()), shop);
    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .contains(Inventory.PATH + " already exists in the class output")
        .contains("-Acredcors.inventory=false");
    assertThat(Files.readString(out.resolve(Inventory.PATH))).isEqualTo(ForeignInventory.CONTENT);
  }

  @Test
  void namesEveryListedResourceAsAnOriginatingElement() {
    Map<String, List<String>> originating = new LinkedHashMap<>();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(RecordingFiler.around(new CredentialedCorsProcessor(), originating))
            .compile(accounts, shop);
    assertThat(compilation).succeeded();
    assertThat(originating)
        .as("what Gradle reads to know the aggregated file's inputs")
        .containsEntry(
            Inventory.PATH, List.of("com.example.shop.Shop.ItemResource", "inventory.Accounts"));
  }

  static Optional<String> inventory(Compilation compilation) {
    return classOutput(compilation, Inventory.PATH);
  }

  /** A file the compilation wrote to {@code CLASS_OUTPUT}, as UTF-8 text. */
  static Optional<String> classOutput(Compilation compilation, String path) {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .map(
            file -> {
              try (InputStream in = file.openInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Writes its own file at the inventory's path in the first round, as a careless tool might. */
  static final class ForeignInventory extends RoundsTest.DtoGenerator {
    static final String CONTENT = "# Our origins\n\n- https://app.example.com\n";

    @Override
    void generate() {
      try (OutputStream out =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", Inventory.PATH)
              .openOutputStream()) {
        out.write(CONTENT.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
