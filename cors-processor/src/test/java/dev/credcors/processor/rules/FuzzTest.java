package dev.credcors.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.credcors.policy.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds seeded random strings into every attribute and checks that the processor never crashes
 * javac: each policy either compiles cleanly (and gets its generated class) or draws diagnostics
 * that all carry the {@code [tag]} of a user rule. Reproduce a failure with {@code
 * -Dcredcors.fuzz.seed=<seed>}; the cases are compiled {@value #BATCH} to a javac run.
 */
@Timeout(
    value = 5,
    unit = java.util.concurrent.TimeUnit.MINUTES,
    threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FuzzTest {

  private static final long SEED = Long.getLong("credcors.fuzz.seed", 0x5EED_C0C5L);
  private static final int CASES = 200;
  private static final int BATCH = 50;

  private static final List<Case> ALL = generate();
  private static final Map<Integer, Compilation> BATCHES = new ConcurrentHashMap<>();

  /** One random policy on its own resource class. */
  record Case(int index, String attributes, JavaFileObject source) {
    @Override
    public String toString() {
      String shown = attributes.replace("\n", " ");
      return "seed "
          + Long.toHexString(SEED)
          + " case "
          + index
          + ": "
          + (shown.length() > 160 ? shown.substring(0, 160) + "..." : shown);
    }
  }

  static List<Case> cases() {
    return ALL;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void compilesCleanlyOrReportsOnlyTaggedDiagnostics(Case fuzz) {
    List<String> untagged =
        diagnostics(fuzz).stream()
            .map(Sources::message)
            .filter(m -> Sources.ruleOf(m).filter(r -> r != Rule.INTERNAL_ERROR).isEmpty())
            .map(FuzzTest::shorten)
            .toList();
    assertThat(untagged).as("untagged or internal-error diagnostics").isEmpty();
    // The attributes start on the line after the annotation's, one attribute per line.
    long last = Corpus.ANNOTATION_LINE + fuzz.attributes().lines().count();
    assertThat(diagnostics(fuzz))
        .allSatisfy(
            d ->
                assertThat(d.getLineNumber())
                    .as("line of %s", shorten(Sources.message(d)))
                    .isBetween((long) Corpus.ANNOTATION_LINE, last));
  }

  @Test
  void diagnosticsStayInTheResourceClasses() {
    for (int batch = 0; batch * BATCH < CASES; batch++) {
      List<JavaFileObject> sources = batchCases(batch).stream().map(Case::source).toList();
      List<String> elsewhere =
          batch(batch).diagnostics().stream()
              .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
              .filter(d -> sources.stream().noneMatch(s -> Sources.in(d, s)))
              .map(d -> shorten(d.toString()))
              .toList();
      assertThat(elsewhere).as("batch %s", batch).isEmpty();
    }
  }

  @Test
  void acceptedPoliciesGenerateClassesThatCompile() {
    // The batches above usually fail as a whole, and javac then never compiles generated code;
    // so compile the accepted policies on their own and check what was generated for them.
    List<Case> accepted =
        ALL.stream()
            .filter(
                fuzz ->
                    diagnostics(fuzz).stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR))
            .toList();
    assertThat(accepted).as("the generator must produce some valid policies").isNotEmpty();
    Compilation compilation =
        Sources.compileUncached(
            List.of(), accepted.stream().map(Case::source).toArray(JavaFileObject[]::new));
    assertThat(compilation.errors().stream().map(d -> shorten(d.toString())).toList())
        .as("errors compiling the %s accepted policies", accepted.size())
        .isEmpty();
    for (Case fuzz : accepted) {
      assertThat(compilation.generatedSourceFile("fuzz.Fuzz" + fuzz.index() + "_CorsFilter"))
          .as("generated class for %s", fuzz)
          .isPresent();
    }
  }

  /** The non-note diagnostics of {@code fuzz}'s own class in its batch. */
  private static List<Diagnostic<? extends JavaFileObject>> diagnostics(Case fuzz) {
    return batch(fuzz.index() / BATCH).diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .filter(d -> Sources.in(d, fuzz.source()))
        .toList();
  }

  /** Huge random values make huge messages: keep failure reports readable. */
  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static List<Case> batchCases(int batch) {
    return ALL.subList(batch * BATCH, Math.min(CASES, (batch + 1) * BATCH));
  }

  private static Compilation batch(int batch) {
    return BATCHES.computeIfAbsent(
        batch,
        b ->
            Sources.compileUncached(
                List.of(),
                batchCases(b).stream().map(Case::source).toArray(JavaFileObject[]::new)));
  }

  private static List<Case> generate() {
    RandomPolicies random = new RandomPolicies(SEED);
    List<Case> cases = new ArrayList<>();
    IntStream.range(0, CASES)
        .forEach(
            i -> {
              String attributes = random.attributes();
              String name = "Fuzz" + i;
              String source =
                  Corpus.resource(name, i, "\n    " + attributes)
                      .replace("package corpus;", "package fuzz;");
              cases.add(
                  new Case(i, attributes, JavaFileObjects.forSourceString("fuzz." + name, source)));
            });
    return List.copyOf(cases);
  }
}
