package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Sources.bad;
import static dev.credcors.processor.rules.Sources.compile;
import static dev.credcors.processor.rules.Sources.good;
import static dev.credcors.processor.rules.Sources.onValue;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The compile-time half of origins from configuration: the property names' syntax, on the attribute
 * value. Their values are checked at start-up by the same rules (see cors-integration-tests).
 */
class PropertyRulesTest {

  @Test
  void rejectsPlaceholderInsteadOfPropertyName() {
    JavaFileObject source = bad("InvalidPropertyName");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    onValue(
        assertThat(compilation)
            .hadErrorContaining(
                Message.PROPERTY_PLACEHOLDER.format(
                    "originsProperty", "${app.cors.origins}", "app.cors.origins"))
            .inFile(source),
        source,
        "\"${app.cors.origins}\"");
  }

  @Test
  void rejectsPropertyNameWithSpaces() {
    JavaFileObject source = bad("InvalidPropertyName");
    Compilation compilation = compile(source);
    onValue(
        assertThat(compilation)
            .hadErrorContaining(
                Message.INVALID_PROPERTY_NAME.format(
                    "originPatternsProperty", "app cors admin patterns"))
            .inFile(source),
        source,
        "\"app cors admin patterns\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aPropertyAloneIsACompletePolicy() {
    assertThat(compile(good("InvalidPropertyName"))).succeededWithoutWarnings();
  }
}
