package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Rule;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Diagnostics land where an IDE should underline: the array entry at fault, else the attribute,
 * else the annotation. Columns are computed from the source, so the test states the intent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagnosticLocationTest {

  private final JavaFileObject source = Sources.golden("locations/Locations.java");
  private Compilation compilation;
  private String text;

  @BeforeAll
  void compile() throws IOException {
    compilation = Sources.credcors().compile(source);
    text = source.getCharContent(false).toString();
  }

  @Test
  void pointsAtTheArrayEntry() {
    assertThat(compilation)
        .hadErrorContaining("[" + Rule.WILDCARD_ORIGIN.tag() + "]")
        .inFile(source)
        .onLine(line("\"*\"})"))
        .atColumn(column("\"*\"})", "\"*\""));
  }

  @Test
  void pointsAtABareValue() {
    assertThat(compilation)
        .hadErrorContaining("[" + Rule.WILDCARD_LIST.tag() + "]")
        .inFile(source)
        .onLine(line("exposeHeaders = \"*\""))
        .atColumn(column("exposeHeaders = \"*\"", "\"*\""));
  }

  @Test
  void pointsAtTheWholeAttribute() {
    assertThat(compilation)
        .hadErrorContaining("[" + Rule.MISSING_VARY.tag() + "]")
        .inFile(source)
        .onLine(line("vary = {\"Accept\"}"))
        .atColumn(column("vary = {\"Accept\"}", "{\"Accept\"}"));
  }

  @Test
  void pointsAtTheAnnotation() {
    assertThat(compilation)
        .hadErrorContaining("[" + Rule.EMPTY_POLICY.tag() + "]")
        .inFile(source)
        .onLine(line("@CredentialedCors(allowHeaders"))
        .atColumn(column("@CredentialedCors(allowHeaders", "@CredentialedCors"));
  }

  @Test
  void reportsEachProblemOnceAndGeneratesNothingForABrokenResource() {
    assertThat(compilation).hadErrorCount(4);
  }

  /** The 1-based number of the first line containing {@code fragment}. */
  private long line(String fragment) {
    return Sources.line(text, fragment);
  }

  /** The 1-based column of {@code token} within the first line containing {@code fragment}. */
  private long column(String fragment, String token) {
    String line = text.split("\n", -1)[(int) line(fragment) - 1];
    return line.indexOf(token, line.indexOf(fragment)) + 1L;
  }
}
