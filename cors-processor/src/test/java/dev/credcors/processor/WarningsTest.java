package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.credcors.policy.Rule;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Warnings: printed, suppressible by tag on any enclosing element, promotable to errors. */
class WarningsTest {

  private static final String MAX_AGE = "[" + Rule.MAX_AGE_CAPPED.tag() + "]";
  private final JavaFileObject warnings = Sources.golden("warnings/Warnings.java");

  @Test
  void warnsUnlessSuppressedOnTheElementOrAnEnclosingOne() throws IOException {
    Compilation compilation =
        Compiler.javac().withProcessors(new CredentialedCorsProcessor()).compile(warnings);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(MAX_AGE)
        .inFile(warnings)
        .onLine(Sources.line(warnings, "maxAge = 86400")); // the first one: class Loud
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).generatedSourceFile("warnings.Warnings_Loud_CorsFilter");
    assertThat(compilation).generatedSourceFile("warnings.Warnings_QuietClass_CorsFilter");
  }

  @Test
  void warningsAsErrorsPromotesOnlyUnsuppressedWarnings() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CredentialedCorsProcessor())
            .withOptions("-Acredcors.warningsAsErrors=true")
            .compile(warnings);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(MAX_AGE).inFile(warnings);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void suppressingAnotherTagOrAnErrorChangesNothing() {
    JavaFileObject wrong = Sources.golden("warnings/WrongSuppression.java");
    Compilation compilation =
        Compiler.javac().withProcessors(new CredentialedCorsProcessor()).compile(wrong);
    assertThat(compilation).hadErrorContaining("[" + Rule.WILDCARD_ORIGIN.tag() + "]");
    assertThat(compilation).hadWarningContaining(MAX_AGE).inFile(wrong).onLineContaining("86400");
  }
}
