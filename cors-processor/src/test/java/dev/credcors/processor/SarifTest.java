package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.SpecVersion;
import dev.credcors.policy.Message;
import dev.credcors.policy.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Acredcors.sarif=<file>}: the compile-time diagnostics as SARIF 2.1.0, valid against the
 * official schema ({@code src/test/resources/sarif/}, see its README), with the rule tag as rule id
 * and the line and column of the annotation value javac underlines.
 */
class SarifTest {

  private static final Path SCHEMA = Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json");

  @Test
  void errorsValidateAgainstTheSarifSchemaAndPointAtTheValue(@TempDir Path dir) throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/WildcardOrigin.java");
    Path file = dir.resolve("reports/credcors.sarif");
    Compilation compilation = compile(file, source);
    assertThat(compilation).failed();
    String sarif = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(Schemas.violations(SCHEMA, SpecVersion.VersionFlag.V4, sarif)).isEmpty();

    JsonNode run = Schemas.parse(sarif).get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules").findValuesAsText("id"))
        .containsExactly(
            java.util.Arrays.stream(Rule.values()).map(Rule::tag).toArray(String[]::new));
    JsonNode result = run.get("results").get(0);
    assertThat(run.get("results")).hasSize(1);
    assertThat(result.get("ruleId").asText()).isEqualTo("wildcard-origin");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.get("message").get("text").asText())
        .isEqualTo(Message.WILDCARD_ORIGIN_STAR.format());
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText())
        .isEqualTo(source.toUri().toString());
    long[] expected = position(source, "\"*\"");
    assertThat(location.get("region").get("startLine").asLong()).isEqualTo(expected[0]);
    assertThat(location.get("region").get("startColumn").asLong()).isEqualTo(expected[1]);
  }

  @Test
  void warningsAreWarningsAndEachPointsAtItsEntry(@TempDir Path dir) throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/LoopbackOrigin.java");
    Path file = dir.resolve("credcors.sarif");
    assertThat(compile(file, source)).succeeded();
    String sarif = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(Schemas.violations(SCHEMA, SpecVersion.VersionFlag.V4, sarif)).isEmpty();
    JsonNode results = Schemas.parse(sarif).get("runs").get(0).get("results");
    List<long[]> lines = new ArrayList<>();
    for (JsonNode result : results) {
      assertThat(result.get("ruleId").asText()).isEqualTo("loopback-origin");
      assertThat(result.get("level").asText()).isEqualTo("warning");
      JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
      lines.add(new long[] {region.get("startLine").asLong(), region.get("startColumn").asLong()});
    }
    assertThat(lines)
        .containsExactly(
            position(source, "\"http://localhost:5173\""),
            position(source, "\"http://127.0.0.1:8080\""),
            position(source, "\"http://[::1]:3000\""),
            position(source, "\"^http://localhost:(5173|4173)$\""));
  }

  @Test
  void aCleanCompilationWritesAnEmptyRun(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("credcors.sarif");
    assertThat(compile(file, JavaFileObjects.forResource("good/WildcardOrigin.java")))
        .succeededWithoutWarnings();
    String sarif = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(Schemas.violations(SCHEMA, SpecVersion.VersionFlag.V4, sarif)).isEmpty();
    assertThat(Schemas.parse(sarif).get("runs").get(0).get("results")).isEmpty();
  }

  private static Compilation compile(Path sarif, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new CredentialedCorsProcessor())
        .withOptions("-Acredcors.sarif=" + sarif)
        .compile(sources);
  }

  /** The 1-based line and column where {@code text} starts in {@code source}. */
  private static long[] position(JavaFileObject source, String text) throws IOException {
    List<String> lines = source.getCharContent(true).toString().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(text);
      if (column >= 0) {
        return new long[] {i + 1, column + 1};
      }
    }
    throw new AssertionError(text + " not in " + source.getName());
  }
}
