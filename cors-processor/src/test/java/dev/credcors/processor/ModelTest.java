package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.credcors.policy.Rule;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How attribute values become the generated constants: joined, de-duplicated, ordered. */
class ModelTest {

  @Test
  void joinsAndDeduplicatesAtCompileTime() throws IOException {
    Compilation compilation = Sources.credcors().compile(Sources.golden("model/Options.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(PlacementTest.generated(compilation, "model.Options_CorsFilter"))
        .contains(".exactOrigins(\"https://app.example.com\", \"https://xn--bcher-kva.example\")")
        .contains(".allowHeaders(\"Content-Type, X-CSRF-Token\")")
        .contains(".exposeHeaders(\"ETag, Location\")")
        .contains(".maxAge(7200)")
        .contains(".vary(\"Origin, Accept-Encoding\")")
        .contains(".allowPrivateNetwork(true)")
        .doesNotContain(".originPatterns(")
        // Written methods are kept in the order written.
        .contains(
            "CorsEndpoint.of(\"get()\", \"GET\", \"/api/options\", \"POST, GET\", CLASS_POLICY)");
  }

  @Test
  void warnsAboutAMethodNothingServesOnTheEntry() throws IOException {
    JavaFileObject source = Sources.golden("model/Unserved.java");
    Compilation compilation =
        Compiler.javac().withProcessors(new CredentialedCorsProcessor()).compile(source);
    assertThat(compilation).succeeded();
    String text = source.getCharContent(false).toString();
    String line = text.split("\n", -1)[(int) Sources.line(text, "\"PATCH\"") - 1];
    assertThat(compilation)
        .hadWarningContaining("[" + Rule.UNSERVED_METHOD.tag() + "]")
        .inFile(source)
        .onLine(Sources.line(text, "\"PATCH\""))
        .atColumn(line.indexOf("\"PATCH\"") + 1L);
  }

  @Test
  void namesConstantsAfterMethods() {
    assertThat(ModelFactory.constantCase("deleteItem")).isEqualTo("DELETE_ITEM");
    assertThat(ModelFactory.constantCase("getHTTPStatus")).isEqualTo("GET_HTTP_STATUS");
    assertThat(ModelFactory.constantCase("v2Items")).isEqualTo("V2_ITEMS");
    assertThat(ModelFactory.constantCase("list_all")).isEqualTo("LIST_ALL");
    assertThat(ModelFactory.constantCase("a$b")).isEqualTo("A_B");
  }
}
