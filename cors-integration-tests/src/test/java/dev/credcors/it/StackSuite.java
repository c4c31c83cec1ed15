package dev.credcors.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.credcors.jaxrs.CredentialedCorsFeature;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The other suites prove behaviour; this one proves what they ran on, so that "runs on Jakarta REST
 * 4.0" is measured rather than assumed: the API and implementation jars on the class path are the
 * versions the stack module declares, and credcors is the reactor's runtime jar, the same file for
 * every stack of a namespace (compiled once, against Jakarta REST 3.1).
 */
class StackSuite {

  @Test
  void restApiIsTheDeclaredVersion() throws Exception {
    assertThat(mavenVersions(Feature.class))
        .as("Maven versions in the jar holding %s", Feature.class.getName())
        .contains(declared("credcors.it.rest-api.version"));
  }

  @Test
  void implementationIsTheDeclaredVersion() throws Exception {
    Class<?> implementation = RuntimeDelegate.getInstance().getClass();
    assertThat(mavenVersions(implementation))
        .as("Maven versions in the jar holding %s", implementation.getName())
        .contains(declared("credcors.it.implementation.version"));
  }

  @Test
  void credcorsIsTheReactorRuntimeArtifact() throws Exception {
    Path location = location(CredentialedCorsFeature.class);
    String artifact = declared("credcors.it.runtime");
    String jar = location.getFileName().toString();
    // target/<artifact>-<version>.jar after package; target/classes of that module before it.
    boolean isJar =
        jar.startsWith(artifact + "-") && Character.isDigit(jar.charAt(artifact.length() + 1));
    boolean isClasses =
        jar.equals("classes")
            && location.getParent().getParent().getFileName().toString().equals(artifact);
    assertThat(isJar || isClasses).as("%s comes from %s", location, artifact).isTrue();
  }

  private static String declared(String property) {
    String value = System.getProperty(property);
    assertThat(value).as("the stack module sets %s", property).isNotBlank();
    return value;
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * The {@code version} of every Maven {@code pom.properties} in the jar that holds {@code type}.
   */
  private static List<String> mavenVersions(Class<?> type) throws IOException, URISyntaxException {
    Path location = location(type);
    assertThat(Files.isRegularFile(location)).as("%s is a jar", location).isTrue();
    List<String> versions = new ArrayList<>();
    try (JarFile jar = new JarFile(location.toFile())) {
      for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
        if (entry.getName().startsWith("META-INF/maven/")
            && entry.getName().endsWith("/pom.properties")) {
          Properties properties = new Properties();
          try (InputStream in = jar.getInputStream(entry)) {
            properties.load(in);
          }
          versions.add(properties.getProperty("version"));
        }
      }
    }
    return versions;
  }
}
