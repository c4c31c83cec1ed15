package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Sources.compile;
import static dev.credcors.processor.rules.Sources.good;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input under {@code good/} is the corrected neighbour of a {@code bad/} input (or a
 * suppressed warning): it compiles without a single warning and produces its generated class.
 */
class GoodNeighboursTest {

  static List<String> goodInputs() {
    return InputFiles.names("good");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodInputs")
  void compilesWithoutWarnings(String name) {
    // All of javac's lints on (bar "no processor claimed"), so "no warning" means none at all.
    Compilation compilation = compile(List.of("-Xlint:all,-processing"), good(name));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("good." + name + "_CorsFilter");
  }
}
