package dev.credcors.jaxrs.javax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged javax jar, byte for byte: the Jakarta runtime's classes, every {@code jakarta} name
 * relocated (constant pools included, which is where a leftover would hide), and the service file
 * renamed for JAX-RS 2.1.
 */
class RelocatedJarIT {

  private static Map<String, byte[]> javax;
  private static Map<String, byte[]> jakarta;

  @BeforeAll
  static void read() throws IOException {
    javax = entries(Path.of(System.getProperty("credcors.javax.jar")));
    jakarta = entries(Path.of(System.getProperty("credcors.jakarta.jar")));
  }

  @Test
  void holdsExactlyTheJakartaRuntimeClasses() {
    assertThat(classes(javax).keySet()).isNotEmpty().isEqualTo(classes(jakarta).keySet());
  }

  @Test
  void namesNoJakartaTypeAnywhere() {
    for (Map.Entry<String, byte[]> entry : javax.entrySet()) {
      if (entry.getKey().startsWith("META-INF/maven/")) {
        continue; // the build's own descriptor: javax.ws.rs has Jakarta coordinates since 2.1.6
      }
      assertThat(text(entry.getValue())).as(entry.getKey()).doesNotContain("jakarta");
    }
  }

  @Test
  void everyJakartaReferenceBecameAJavaxOne() {
    for (String name : classes(jakarta).keySet()) {
      String original = text(jakarta.get(name));
      String relocated = text(javax.get(name));
      assertThat(relocated.contains("javax/ws/rs/"))
          .as("%s references javax.ws.rs exactly when it referenced jakarta.ws.rs", name)
          .isEqualTo(original.contains("jakarta/ws/rs/"));
    }
    assertThat(text(javax.get("dev/credcors/jaxrs/CredentialedCorsFeature.class")))
        .contains("javax/ws/rs/core/Feature");
  }

  @Test
  void registersThroughTheJavaxServiceFile() {
    assertThat(javax).doesNotContainKey("META-INF/services/jakarta.ws.rs.core.Feature");
    assertThat(text(javax.get("META-INF/services/javax.ws.rs.core.Feature")).strip())
        .isEqualTo("dev.credcors.jaxrs.CredentialedCorsFeature");
  }

  private static Map<String, byte[]> classes(Map<String, byte[]> entries) {
    Map<String, byte[]> classes = new TreeMap<>(entries);
    classes.keySet().removeIf(name -> !name.endsWith(".class"));
    return classes;
  }

  /** ISO-8859-1 keeps every byte, so ASCII names in a constant pool read as themselves. */
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static Map<String, byte[]> entries(Path jarPath) throws IOException {
    assertThat(Files.isRegularFile(jarPath)).as("%s is a packaged jar", jarPath).isTrue();
    Map<String, byte[]> entries = new TreeMap<>();
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
        if (!entry.isDirectory()) {
          try (InputStream in = jar.getInputStream(entry)) {
            entries.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    return entries;
  }
}
