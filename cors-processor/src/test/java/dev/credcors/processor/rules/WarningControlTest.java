package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Sources.WARNINGS_AS_ERRORS;
import static dev.credcors.processor.rules.Sources.bad;
import static dev.credcors.processor.rules.Sources.compile;
import static dev.credcors.processor.rules.Sources.good;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.credcors.policy.Message;
import dev.credcors.policy.Rule;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @SuppressWarnings("credcors:<tag>")} and the {@code credcors.warningsAsErrors} option. */
class WarningControlTest {

  private static final String LOOPBACK = Message.LOOPBACK_ORIGIN.format("http://localhost:5173");

  @Test
  void suppressesWarningWithItsTag() {
    assertThat(compile(good("SuppressedLoopbackOrigin"))).succeededWithoutWarnings();
  }

  @Test
  void suppressionOnClassCoversItsResourceMethods() {
    assertThat(compile(good("SuppressedOnEnclosingClass"))).succeededWithoutWarnings();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Rule.class,
      names = {
        "MAX_AGE_CAPPED",
        "DUPLICATE_ENTRY",
        "LOOPBACK_ORIGIN",
        "UNSERVED_METHOD",
        "CROSS_SITE_WRITES_ALLOWED"
      })
  void suppressesEachWarningByItsTag(Rule rule) {
    String name = badInputFor(rule);
    JavaFileObject warned = bad(name);
    assertThat(compile(warned)).hadWarningContaining("[" + rule.tag() + "] ");
    // The same class with one @SuppressWarnings added: quiet, even with warnings promoted.
    JavaFileObject suppressed =
        JavaFileObjects.forSourceString(
            "bad." + name,
            InputFiles.lines("bad/" + name + ".java").stream()
                .map(
                    line ->
                        line.startsWith("@Path(")
                            ? "@SuppressWarnings(\"" + rule.suppressionKey() + "\")\n" + line
                            : line)
                .collect(Collectors.joining("\n")));
    assertThat(compile(suppressed)).succeededWithoutWarnings();
    assertThat(compile(List.of(WARNINGS_AS_ERRORS), suppressed)).succeededWithoutWarnings();
  }

  @Test
  void keepsWarningWhenAnotherTagIsSuppressed() {
    JavaFileObject source = bad("SuppressedOtherTag");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(LOOPBACK)
        .inFile(source)
        .onLineContaining("http://localhost:5173");
  }

  @Test
  void neverSuppressesErrors() {
    JavaFileObject source = bad("SuppressedError");
    assertThat(compile(source))
        .hadErrorContaining(Message.WILDCARD_ORIGIN_STAR.format())
        .inFile(source)
        .onLineContaining("\"*\"");
  }

  @Test
  void promotesWarningsToErrorsWithOption() {
    JavaFileObject source = bad("LoopbackOrigin");
    Compilation compilation = compile(List.of(WARNINGS_AS_ERRORS), source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(LOOPBACK)
        .inFile(source)
        .onLineContaining("\"http://localhost:5173\"");
  }

  @Test
  void promotesEveryKindOfWarning() {
    JavaFileObject maxAge = bad("MaxAgeCapped");
    JavaFileObject duplicate = bad("DuplicateEntry");
    JavaFileObject unserved = bad("UnservedMethod");
    Compilation compilation = compile(List.of(WARNINGS_AS_ERRORS), maxAge, duplicate, unserved);
    assertThat(compilation)
        .hadErrorContaining(Message.MAX_AGE_CAPPED.format(86400L))
        .inFile(maxAge)
        .onLineContaining("maxAge = 86400");
    assertThat(compilation).hadErrorContaining("[duplicate-entry] ").inFile(duplicate);
    assertThat(compilation).hadErrorContaining("[unserved-method] ").inFile(unserved);
  }

  @Test
  void promotionLeavesSuppressedWarningsSuppressed() {
    assertThat(compile(List.of(WARNINGS_AS_ERRORS), good("SuppressedLoopbackOrigin")))
        .succeededWithoutWarnings();
  }

  @Test
  void keepsWarningsWhenOptionIsFalse() {
    JavaFileObject source = bad("LoopbackOrigin");
    Compilation compilation = compile(List.of("-Acredcors.warningsAsErrors=false"), source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(LOOPBACK).inFile(source);
  }

  /** The {@code bad/} input whose {@code // credcors:} header declares {@code rule}. */
  private static String badInputFor(Rule rule) {
    return InputFiles.names("bad").stream()
        .filter(name -> !name.startsWith("Suppressed"))
        .filter(name -> InputFiles.declaredTag(name).orElse("").equals(rule.tag()))
        .findFirst()
        .orElseThrow();
  }
}
