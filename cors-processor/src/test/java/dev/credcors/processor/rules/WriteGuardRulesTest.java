package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Sources.bad;
import static dev.credcors.processor.rules.Sources.compile;
import static dev.credcors.processor.rules.Sources.onValue;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The write guard switches: turning the guard off warns, on the switch itself. */
class WriteGuardRulesTest {

  private final JavaFileObject source = bad("CrossSiteWritesAllowed");

  @Test
  void warnsWhereTheGuardIsTurnedOffOnClassAndMethod() {
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    String text = Message.CROSS_SITE_WRITES_ALLOWED.format();
    onValue(assertThat(compilation).hadWarningContaining(text).inFile(source), source, "false)");
    onValue(assertThat(compilation).hadWarningContaining(text).inFile(source), source, "false,");
  }

  @Test
  void warnsThatSameSiteWritesMeanNothingWithTheGuardOff() {
    Compilation compilation = compile(source);
    onValue(
        assertThat(compilation)
            .hadWarningContaining(Message.SAME_SITE_WRITES_WITHOUT_GUARD.format())
            .inFile(source),
        source,
        "true)");
    assertThat(compilation).hadWarningCount(3);
  }
}
