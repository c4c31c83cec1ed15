package dev.credcors.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Rule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the secure and insecure corpora. Each corpus is one javac run with one resource class
 * per line (fast on a shared machine); each line is still its own test case, judged by the
 * diagnostics in its own class. The timeout turns a pattern analysis that never ends into a failure
 * instead of a hung build.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CorpusTest {

  private static final Map<String, Batch> BATCHES = new ConcurrentHashMap<>();

  static List<Corpus.Entry> secure() {
    return Corpus.read("secure");
  }

  static List<Corpus.Entry> insecure() {
    return Corpus.read("insecure");
  }

  @Test
  void corporaAreLargeEnough() {
    assertThat(secure()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(insecure()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(secure())
        .allSatisfy(entry -> assertThat(entry.expect()).isIn("clean", Rule.LOOPBACK_ORIGIN.tag()));
    assertThat(insecure())
        .allSatisfy(
            entry ->
                assertThat(entry.expectedTags())
                    .allSatisfy(tag -> assertThat(tagsOf(Rule.values())).contains(tag)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secure")
  void secureCompilesWithoutErrors(Corpus.Entry entry) {
    Batch batch = batch("secure");
    List<String> diagnostics = batch.messages(entry, null);
    assertThat(batch.messages(entry, Diagnostic.Kind.ERROR)).as("errors").isEmpty();
    if (entry.expect().equals("clean")) {
      assertThat(diagnostics).as("diagnostics").isEmpty();
    } else {
      assertThat(diagnostics)
          .as("a secure development policy may only warn with its own tag")
          .isNotEmpty()
          .allSatisfy(message -> assertThat(message).startsWith("[" + entry.expect() + "] "));
      assertThat(batch.messages(entry, Diagnostic.Kind.WARNING)).hasSameSizeAs(diagnostics);
    }
    // compile-testing only lists generated files of a successful run; a secure line that fails
    // is reported above with its own errors.
    if (batch.compilation.status() == Compilation.Status.SUCCESS) {
      assertThat(
              batch.compilation.generatedSourceFile("corpus." + entry.className() + "_CorsFilter"))
          .as("generated class")
          .isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("insecure")
  void insecureFailsWithItsTag(Corpus.Entry entry) {
    Batch batch = batch("insecure");
    List<String> errors = batch.messages(entry, Diagnostic.Kind.ERROR);
    assertThat(errors)
        .as("errors of %s, expecting [%s]", entry, entry.expect())
        .anySatisfy(
            error ->
                assertThat(Sources.ruleOf(error).map(Rule::tag))
                    .hasValueSatisfying(tag -> assertThat(entry.expectedTags()).contains(tag)));
    assertThat(batch.messages(entry, null))
        .allSatisfy(
            message ->
                assertThat(Sources.ruleOf(message))
                    .hasValueSatisfying(
                        rule -> assertThat(rule).isNotEqualTo(Rule.INTERNAL_ERROR)));
  }

  @Test
  void everyDiagnosticBelongsToACorpusClass() {
    for (String name : List.of("secure", "insecure")) {
      Batch batch = batch(name);
      assertThat(batch.compilation.diagnostics())
          .filteredOn(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .allSatisfy(
              d ->
                  assertThat(batch.sources.values())
                      .anySatisfy(
                          source -> assertThat(Sources.in(d, source)).as(d.toString()).isTrue()));
    }
  }

  @Test
  void everyDiagnosticPointsAtTheAnnotation() {
    // Each corpus policy sits on the annotation's one line: a diagnostic anywhere else (on the
    // class name, say) would not underline the policy in an IDE.
    for (String name : List.of("secure", "insecure")) {
      assertThat(batch(name).compilation.diagnostics())
          .filteredOn(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .allSatisfy(
              d ->
                  assertThat(d.getLineNumber()).as(d.toString()).isEqualTo(Corpus.ANNOTATION_LINE));
    }
  }

  private static Batch batch(String name) {
    return BATCHES.computeIfAbsent(name, Batch::compile);
  }

  private static List<String> tagsOf(Rule... rules) {
    return java.util.Arrays.stream(rules).map(Rule::tag).toList();
  }

  /** One corpus compiled in a single javac run. */
  private record Batch(Compilation compilation, Map<Corpus.Entry, JavaFileObject> sources) {

    static Batch compile(String name) {
      Map<Corpus.Entry, JavaFileObject> sources =
          Corpus.read(name).stream()
              .collect(Collectors.toMap(entry -> entry, Corpus.Entry::source));
      Compilation compilation =
          Sources.compileUncached(List.of(), sources.values().toArray(JavaFileObject[]::new));
      return new Batch(compilation, sources);
    }

    /** The messages of {@code kind} (all kinds but notes when null) in {@code entry}'s class. */
    List<String> messages(Corpus.Entry entry, Diagnostic.Kind kind) {
      JavaFileObject source = sources.get(entry);
      return compilation.diagnostics().stream()
          .filter(d -> kind == null ? d.getKind() != Diagnostic.Kind.NOTE : d.getKind() == kind)
          .filter(d -> Sources.in(d, source))
          .map(Sources::message)
          .toList();
    }
  }
}
