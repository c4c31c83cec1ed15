package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine-readable inventory: its bytes (golden {@code expected/inventory.json}, rewritten with
 * {@code -Dcredcors.updateGoldens=true}), its validity against the documented schema {@code
 * docs/inventory.schema.json}, and that it never replaces a file it did not write.
 */
class JsonInventoryTest {

  private static final Path EXPECTED = Path.of("src/test/resources/expected/inventory.json");
  private static final Path SCHEMA = Path.of("../docs/inventory.schema.json");

  private final JavaFileObject shop = Sources.golden("com/example/shop/Shop.java");
  private final JavaFileObject accounts = Sources.golden("inventory/Accounts.java");

  @Test
  void listsWhatTheMarkdownInventoryListsByteForByte() throws IOException {
    Compilation compilation = Sources.credcors().compile(shop, accounts);
    assertThat(compilation).succeededWithoutWarnings();
    String actual = json(compilation).orElseThrow();
    if (Boolean.getBoolean("credcors.updateGoldens")) {
      Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
  }

  @Test
  void validatesAgainstTheDocumentedSchema() {
    String json = json(Sources.credcors().compile(shop, accounts)).orElseThrow();
    assertThat(Schemas.violations(SCHEMA, SpecVersion.VersionFlag.V7, json)).isEmpty();
  }

  @Test
  void theSchemaRejectsAnInventoryWithoutVaryOrigin() {
    String json = json(Sources.credcors().compile(shop)).orElseThrow();
    String broken = json.replace("\"vary\": [\"Origin\"]", "\"vary\": [\"Accept\"]");
    assertThat(broken).isNotEqualTo(json);
    assertThat(Schemas.violations(SCHEMA, SpecVersion.VersionFlag.V7, broken)).isNotEmpty();
  }

  @Test
  void namesEachPropertyAsTrustedNextToTheLiterals() {
    JsonNode inventory =
        Schemas.parse(json(Sources.credcors().compile(shop, accounts)).orElseThrow());
    assertThat(inventory.get("schemaVersion").asInt()).isEqualTo(JsonInventory.SCHEMA_VERSION);
    List<String> trusted = inventory.get("trusted").findValuesAsText("kind").stream().toList();
    assertThat(trusted).contains("origin", "pattern", "originsProperty", "originPatternsProperty");
    JsonNode list = null;
    for (JsonNode endpoint : inventory.get("endpoints")) {
      if (endpoint
          .get("resourceMethod")
          .asText()
          .equals("com.example.shop.Shop.ItemResource#list(java.lang.String)")) {
        list = endpoint;
      }
    }
    assertThat(list).isNotNull();
    assertThat(list.get("originsProperty").asText()).isEqualTo("shop.cors.origins");
    assertThat(list.get("exactOrigins").toString())
        .isEqualTo("[\"https://app.example.com\",\"https://admin.example.com:8443\"]");
  }

  @Test
  void neverReplacesAFileItDidNotWrite(@TempDir Path out) throws IOException {
    Path file = out.resolve(JsonInventory.PATH);
    Files.createDirectories(file.getParent());
    String theirs = "{\"origins\": [\"https://app.example.com\"]}\n";
    Files.writeString(file, theirs);
    Javac.Result result = Javac.compile(out, List.of(), shop);
    assertThat(result.success()).isFalse();
    assertThat(result.errors())
        .contains(JsonInventory.PATH + " already exists in the class output and was not written");
    assertThat(Files.readString(file)).isEqualTo(theirs);
  }

  static Optional<String> json(Compilation compilation) {
    return InventoryTest.classOutput(compilation, JsonInventory.PATH);
  }
}
