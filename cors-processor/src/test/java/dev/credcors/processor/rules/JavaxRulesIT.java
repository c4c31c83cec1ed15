package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Sources.compile;
import static dev.credcors.processor.rules.Sources.good;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.credcors.jaxrs.CorsFilters;
import dev.credcors.processor.JavaxCompilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules do not depend on the namespace: the {@code bad/} inputs, renamed to {@code javax.ws.rs}
 * and compiled against JAX-RS 2.1, get exactly the diagnostics (kind, file, line, column, text) of
 * their Jakarta originals, and every {@code good/} input compiles with every lint as an error and
 * generates the Jakarta output in the javax namespace.
 */
class JavaxRulesIT {

  static List<String> goodInputs() {
    return InputFiles.names("good");
  }

  /**
   * All {@code bad/} inputs in one compilation each way, since some rules (conflicting policies)
   * need two files: the same diagnostics, in the same files, lines and columns, with every tag.
   */
  @Test
  void badInputsGetTheSameDiagnostics() {
    List<JavaFileObject> jakarta = InputFiles.names("bad").stream().map(Sources::bad).toList();
    List<JavaFileObject> javax = jakarta.stream().map(JavaxCompilation::toJavax).toList();
    List<String> expected =
        JavaxCompilation.diagnostics(compile(jakarta.toArray(JavaFileObject[]::new)));
    assertThat(String.join("\n", expected))
        .as("the Jakarta inputs report every tag they declare")
        .contains(
            InputFiles.names("bad").stream()
                .map(name -> "[" + InputFiles.declaredTag(name).orElseThrow() + "] ")
                .toList());
    assertThat(JavaxCompilation.diagnostics(JavaxCompilation.javaxOnly().compile(javax)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodInputs")
  void goodInputCompilesStrictlyToTheSameClass(String name) throws IOException {
    String generated = "good." + name + CorsFilters.GENERATED_SUFFIX;
    Compilation javax =
        JavaxCompilation.javaxOnly()
            .withOptions(JavaxCompilation.STRICT)
            .compile(JavaxCompilation.toJavax(good(name)));
    assertThat(javax).succeededWithoutWarnings();
    String jakartaSource =
        compile(List.of("-Xlint:all,-processing"), good(name))
            .generatedSourceFile(generated)
            .orElseThrow()
            .getCharContent(false)
            .toString();
    String javaxSource =
        javax.generatedSourceFile(generated).orElseThrow().getCharContent(false).toString();
    assertThat(javaxSource).isEqualTo(JavaxCompilation.inJavaxOrder(jakartaSource));
  }
}
