package dev.credcors.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON the processor writes against a JSON Schema, offline. */
final class Schemas {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  /** The violations of {@code json} against the schema in {@code schemaFile}, as text. */
  static List<String> violations(Path schemaFile, SpecVersion.VersionFlag version, String json) {
    try (InputStream schemaText = Files.newInputStream(schemaFile)) {
      JsonSchema schema = JsonSchemaFactory.getInstance(version).getSchema(schemaText);
      JsonNode document = MAPPER.readTree(json);
      return schema.validate(document).stream().map(ValidationMessage::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
