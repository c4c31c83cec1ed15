package dev.credcors.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.credcors.CredentialedCors;
import dev.credcors.jaxrs.CorsPolicy;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compilations of JAX-RS 2.x ({@code javax.ws.rs}) sources. The inputs are the Jakarta ones with
 * the package renamed at test time, so that both namespaces run on the same files; the class path
 * is explicit (failsafe names the javax jars, see the pom) because the test JVM's has Jakarta REST.
 */
public final class JavaxCompilation {

  /**
   * What the javax sources of the *IT tests compile with: lint as in {@link Sources#credcors()}.
   */
  public static final List<String> STRICT = List.of("-Xlint:all,-processing", "-Werror");

  private JavaxCompilation() {}

  /**
   * {@code source} with every {@code jakarta.ws.rs} name replaced by its {@code javax.ws.rs} one.
   */
  public static JavaFileObject toJavax(JavaFileObject source) {
    try {
      String text = source.getCharContent(true).toString();
      return JavaFileObjects.forSourceString(typeName(text, source), toJavax(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with every {@code jakarta.ws.rs} name replaced by its {@code javax.ws.rs} one. */
  public static String toJavax(String text) {
    return text.replace("jakarta.ws.rs.", "javax.ws.rs.");
  }

  /** javac with credcors, the annotations, the javax runtime and {@code javax.ws.rs} only. */
  public static Compiler javaxOnly() {
    return credcors(javaxClassPath());
  }

  /**
   * javac with credcors and both namespaces' APIs on the class path, and the runtime of the one the
   * compilation is expected to generate for.
   */
  public static Compiler bothApis(boolean javaxRuntime) {
    List<File> classPath = new ArrayList<>();
    classPath.add(location(CredentialedCors.class));
    classPath.add(javaxRuntime ? jar("credcors.javax.runtime") : location(CorsPolicy.class));
    classPath.add(jar("credcors.javax.api"));
    classPath.add(location(jakarta.ws.rs.Path.class));
    return credcors(classPath);
  }

  /**
   * {@code jakarta} renamed to the javax namespace, imports in the order JavaPoet gives javax ones
   * ({@code javax.ws.rs} sorts after {@code java.util}, {@code jakarta.ws.rs} before): what a
   * generated source is expected to be once its namespace alone changes.
   */
  public static String inJavaxOrder(String jakarta) {
    List<String> lines = new ArrayList<>(toJavax(jakarta).lines().toList());
    int first = 0;
    while (first < lines.size() && !lines.get(first).startsWith("import ")) {
      first++;
    }
    int end = first;
    while (end < lines.size() && lines.get(end).startsWith("import ")) {
      end++;
    }
    Collections.sort(lines.subList(first, end));
    return String.join("\n", lines) + (jakarta.endsWith("\n") ? "\n" : "");
  }

  /**
   * Each diagnostic as {@code KIND File.java line:column message}, in order, for comparing
   * compilations.
   */
  public static List<String> diagnostics(Compilation compilation) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String file =
          d.getSource() == null
              ? "-"
              : Path.of(d.getSource().toUri().getPath()).getFileName().toString();
      lines.add(
          d.getKind()
              + " "
              + file
              + " "
              + d.getLineNumber()
              + ":"
              + d.getColumnNumber()
              + " "
              + d.getMessage(Locale.ROOT));
    }
    return lines;
  }

  private static Compiler credcors(List<File> classPath) {
    return Compiler.javac()
        .withProcessors(new CredentialedCorsProcessor())
        .withClasspath(classPath)
        .withOptions("-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
  }

  private static List<File> javaxClassPath() {
    return List.of(
        location(CredentialedCors.class), jar("credcors.javax.runtime"), jar("credcors.javax.api"));
  }

  /**
   * A packaged jar failsafe names in {@code property}; a class directory would be the wrong one.
   */
  private static File jar(String property) {
    String value = System.getProperty(property);
    if (value == null || !Files.isRegularFile(Path.of(value))) {
      throw new IllegalStateException(
          property
              + " must name a packaged jar (run these *IT tests through mvn verify): "
              + value);
    }
    return new File(value);
  }

  private static File location(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The qualified name of the top-level type {@code source} declares, from its file name. */
  private static String typeName(String text, JavaFileObject source) {
    String file = Path.of(source.toUri().getPath()).getFileName().toString();
    String simple = file.substring(0, file.length() - ".java".length());
    for (String line : text.lines().toList()) {
      if (line.startsWith("package ")) {
        return line.substring("package ".length(), line.indexOf(';')).strip() + "." + simple;
      }
    }
    return simple;
  }
}
