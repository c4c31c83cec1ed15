package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.credcors.policy.Message;
import dev.credcors.policy.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Deferral across rounds, and the promise never to crash javac. */
class RoundsTest {

  @Test
  void defersUntilAnotherProcessorGeneratesTheTypes() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CredentialedCorsProcessor(), new DtoGenerator())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(Sources.golden("rounds/UsesGenerated.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(PlacementTest.generated(compilation, "rounds.UsesGenerated_CorsFilter"))
        .contains(".exactOrigins(\"https://app.example.com\")")
        .contains("CorsEndpoint.of(\"create(gen.Dto)\", \"POST\", \"/api/generated\"");
  }

  @Test
  void reportsAtTheEndWhatNeverResolves() {
    JavaFileObject source = Sources.golden("rounds/UsesMissing.java");
    Compilation compilation = Sources.credcors().compile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.UNRESOLVED_TYPE.format("Nowhere"))
        .inFile(source)
        .onLineContaining("@CredentialedCors");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void turnsAnUnexpectedFailureIntoOneErrorOnTheElement() {
    JavaFileObject source = Sources.golden("placement/MethodPolicyOnly.java");
    Compilation compilation =
        Compiler.javac().withProcessors(Sabotaged.failingOnAnnotationValues()).compile(source);
    assertThat(compilation)
        .hadErrorContaining("[" + Rule.INTERNAL_ERROR.tag() + "] credcors could not process")
        .inFile(source)
        .onLineContaining("public class MethodPolicyOnly");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: simulated");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void findsConflictsWithResourcesOfEarlierRounds() {
    JavaFileObject reader = Sources.golden("conflicts/ItemsReader.java");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CredentialedCorsProcessor(), new ResourceGenerator())
            .compile(reader);
    // ItemsReader is generated in round 1; the generated resource is checked in round 2.
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFLICTING_POLICIES.format(
                "conflicts.ItemsReader", "gen.LateItems", "GET", "/api/items/{id}"))
        .inFile(reader)
        .onLineContaining("@CredentialedCors");
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFLICTING_POLICIES.format(
                "gen.LateItems", "conflicts.ItemsReader", "GET", "/api/items/{late}"));
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void judgesPatternsWithGuavasPublicSuffixList() {
    JavaFileObject source = Sources.golden("rounds/PublicSuffixPattern.java");
    assertThat(Sources.credcors().compile(source))
        .hadErrorContaining("[" + Rule.PUBLIC_SUFFIX_PATTERN.tag() + "]")
        .inFile(source)
        .onLineContaining("github");
  }

  /** Generates, in its first round, a resource that conflicts with {@code ItemsReader}. */
  static final class ResourceGenerator extends DtoGenerator {
    @Override
    void generate() {
      write(
          "gen.LateItems",
          "package gen;\n\n"
              + "import dev.credcors.CredentialedCors;\n"
              + "import jakarta.ws.rs.GET;\n"
              + "import jakarta.ws.rs.Path;\n"
              + "import jakarta.ws.rs.PathParam;\n\n"
              + "@Path(\"/api/items/{late}\")\n"
              + "@CredentialedCors(origins = \"https://late.example.com\")\n"
              + "public class LateItems {\n"
              + "  @GET\n"
              + "  public String get(@PathParam(\"late\") String late) {\n"
              + "    return late;\n"
              + "  }\n"
              + "}\n");
    }
  }

  /** Generates {@code gen.Dto} and {@code gen.Origins} in its first round, like a DTO generator. */
  static class DtoGenerator extends AbstractProcessor {
    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        generate();
      }
      return false;
    }

    void generate() {
      write("gen.Dto", "package gen;\n\npublic final class Dto {}\n");
      write(
          "gen.Origins",
          "package gen;\n\npublic final class Origins {\n"
              + "  public static final String APP = \"https://app.example.com\";\n\n"
              + "  private Origins() {}\n}\n");
    }

    void write(String name, String source) {
      try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
        writer.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
