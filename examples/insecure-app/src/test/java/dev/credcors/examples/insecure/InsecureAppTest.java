package dev.credcors.examples.insecure;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles the insecure example app (src/insecure/java, not a Maven source root) with the credcors
 * processor, the way a user's build would, and checks it fails exactly as its comments say: each
 * line commented {@code // expect: [tag]} gets an error with each named tag, each line commented
 * {@code // expect warning: [tag]} a warning, and no other line gets either from credcors. The
 * diagnostics are also written in javac's format to target/insecure-app-errors.txt.
 */
class InsecureAppTest {

  private static final Path SOURCES = Path.of("src", "insecure", "java");
  private static final Pattern EXPECT = Pattern.compile("// expect: ((?:\\[[a-z-]+\\] ?)+)$");
  private static final Pattern EXPECT_WARNING =
      Pattern.compile("// expect warning: ((?:\\[[a-z-]+\\] ?)+)$");
  private static final Pattern TAG = Pattern.compile("\\[([a-z-]+)\\]");

  private static List<Path> files;
  private static Compilation compilation;

  @BeforeAll
  static void compileInsecureApp() throws IOException {
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
    }
    compilation = javac().withProcessors(credcorsProcessor()).compile(sources);
    writeErrorsForTheDocs();
  }

  @Test
  void theBuildFails() {
    assertThat(files).isNotEmpty();
    assertThat(compilation).failed();
  }

  @Test
  void everyInsecureValueGetsItsTaggedErrorOnItsLineAndNoOtherLineFails() {
    TreeSet<String> actual = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      Matcher tag = TAG.matcher(error.getMessage(null));
      actual.add(
          key(
              fileName(error),
              error.getLineNumber(),
              tag.lookingAt() ? tag.group(1) : "untagged: " + error.getMessage(null)));
    }
    TreeSet<String> expected = expected(EXPECT);
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsIn(expected);
  }

  @Test
  void everyRiskyButLegalValueGetsItsTaggedWarningOnItsLine() {
    TreeSet<String> actual = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      Matcher tag = TAG.matcher(warning.getMessage(null));
      if (tag.lookingAt()) { // javac's own warnings are not the app's subject
        actual.add(key(fileName(warning), warning.getLineNumber(), tag.group(1)));
      }
    }
    TreeSet<String> expected = expected(EXPECT_WARNING);
    assertThat(expected).isNotEmpty();
    assertThat(actual).containsExactlyElementsIn(expected);
  }

  @Test
  void everyResourceOfTheAppIsFlagged() {
    TreeSet<String> flagged = new TreeSet<>();
    compilation.errors().forEach(error -> flagged.add(fileName(error)));
    compilation.warnings().forEach(warning -> flagged.add(fileName(warning)));
    assertThat(flagged)
        .containsExactlyElementsIn(files.stream().map(f -> f.getFileName().toString()).toList());
  }

  /** {@code file:line: [tag]} for every tag in a comment that {@code marker} matches. */
  private static TreeSet<String> expected(Pattern marker) {
    TreeSet<String> expected = new TreeSet<>();
    for (Path file : files) {
      List<String> lines = read(file);
      for (int i = 0; i < lines.size(); i++) {
        Matcher expect = marker.matcher(lines.get(i));
        if (expect.find()) {
          Matcher tag = TAG.matcher(expect.group(1));
          while (tag.find()) {
            expected.add(key(file.getFileName().toString(), i + 1, tag.group(1)));
          }
        }
      }
    }
    return expected;
  }

  /**
   * The processor as javac finds it in a user's build: through the processor jar's service file,
   * not by class name.
   */
  private static Processor credcorsProcessor() {
    return ServiceLoader.load(Processor.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.getSupportedAnnotationTypes().contains("dev.credcors.CredentialedCors"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no processor for @CredentialedCors is registered"));
  }

  private static String key(String file, long line, String tag) {
    return file + ":" + line + ": [" + tag + "]";
  }

  private static String fileName(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getSource() == null
        ? "<no file>"
        : Path.of(diagnostic.getSource().toUri()).getFileName().toString();
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * javac's own format: {@code path:line: error: message} (or {@code warning:}), in file and line
   * order.
   */
  private static void writeErrorsForTheDocs() throws IOException {
    StringBuilder out = new StringBuilder();
    compilation.diagnostics().stream()
        .filter(
            d ->
                d.getKind() == Diagnostic.Kind.ERROR
                    || d.getKind() == Diagnostic.Kind.WARNING
                        && TAG.matcher(d.getMessage(null)).lookingAt())
        .sorted(
            Comparator.<Diagnostic<? extends JavaFileObject>, String>comparing(
                    InsecureAppTest::fileName)
                .thenComparingLong(Diagnostic::getLineNumber)
                .thenComparingLong(Diagnostic::getColumnNumber))
        .forEach(
            error ->
                out.append(relative(error))
                    .append(':')
                    .append(error.getLineNumber())
                    .append(error.getKind() == Diagnostic.Kind.ERROR ? ": error: " : ": warning: ")
                    .append(error.getMessage(null))
                    .append('\n'));
    Path target = Path.of("target", "insecure-app-errors.txt");
    Files.createDirectories(target.getParent());
    Files.writeString(target, out, UTF_8);
  }

  private static String relative(Diagnostic<? extends JavaFileObject> diagnostic) {
    if (diagnostic.getSource() == null) {
      return "<no file>";
    }
    Path absolute = Path.of(diagnostic.getSource().toUri());
    return Path.of("").toAbsolutePath().relativize(absolute).toString();
  }
}
