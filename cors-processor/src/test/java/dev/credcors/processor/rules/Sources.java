package dev.credcors.processor.rules;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject.DiagnosticOnLine;
import com.google.testing.compile.JavaFileObjects;
import dev.credcors.policy.Rule;
import dev.credcors.processor.CredentialedCorsProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles rule-test inputs with the processor; shared by every test in this package. */
final class Sources {

  /** The option that turns every credcors warning into an error. */
  static final String WARNINGS_AS_ERRORS = "-Acredcors.warningsAsErrors=true";

  private static final Map<String, JavaFileObject> FILES = new ConcurrentHashMap<>();
  private static final Map<List<Object>, Compilation> COMPILATIONS = new ConcurrentHashMap<>();

  private Sources() {}

  /** An input under {@code src/test/resources/bad/}, e.g. {@code bad("WildcardOrigin")}. */
  static JavaFileObject bad(String name) {
    return resource("bad/" + name + ".java");
  }

  /** The correct neighbour of {@link #bad}, under {@code src/test/resources/good/}. */
  static JavaFileObject good(String name) {
    return resource("good/" + name + ".java");
  }

  private static JavaFileObject resource(String path) {
    return FILES.computeIfAbsent(path, JavaFileObjects::forResource);
  }

  /** Compiles {@code sources} with the processor and the given javac options. */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    // Several tests assert on different lines of one input: compile each input once per run.
    List<Object> key = new ArrayList<>(options);
    key.addAll(Arrays.asList(sources));
    return COMPILATIONS.computeIfAbsent(key, k -> compileUncached(options, sources));
  }

  /** Compiles without the cache, for inputs generated per test. */
  static Compilation compileUncached(List<String> options, JavaFileObject... sources) {
    return javac()
        .withProcessors(new CredentialedCorsProcessor())
        // Corpus and fuzz batches report far more than javac's default 100 diagnostics.
        .withOptions(concat(List.of("-Xmaxerrs", "100000", "-Xmaxwarns", "100000"), options))
        .compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /**
   * Asserts that the diagnostic sits exactly on {@code value}: on the one line holding it, at the
   * column where it starts, which is where javac puts a diagnostic reported on that annotation
   * value (so an IDE underlines the value, not the attribute or the annotation).
   */
  static void onValue(DiagnosticOnLine inFile, JavaFileObject source, String value) {
    List<String> lines = lines(source);
    List<Integer> holding =
        IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(value)).boxed().toList();
    if (holding.size() != 1) {
      throw new AssertionError(value + " must be on exactly one line, is on " + holding);
    }
    int line = holding.get(0);
    inFile.onLine(line + 1L).atColumn(lines.get(line).indexOf(value) + 1L);
  }

  private static List<String> lines(JavaFileObject source) {
    try {
      return source.getCharContent(true).toString().lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule whose {@code [tag]} starts {@code message}, if any. */
  static Optional<Rule> ruleOf(String message) {
    return Arrays.stream(Rule.values())
        .filter(rule -> message.startsWith("[" + rule.tag() + "] "))
        .findFirst();
  }

  /** The message of a diagnostic in the root locale, as compile-testing compares it. */
  static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }

  /** Whether {@code diagnostic} was reported in {@code source}. */
  static boolean in(Diagnostic<? extends JavaFileObject> diagnostic, JavaFileObject source) {
    return diagnostic.getSource() != null && diagnostic.getSource().toUri().equals(source.toUri());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
