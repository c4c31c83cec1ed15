package dev.credcors.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.credcors.processor.rules.Expected.ANY;
import static dev.credcors.processor.rules.Expected.message;
import static dev.credcors.processor.rules.Sources.bad;
import static dev.credcors.processor.rules.Sources.compile;
import static dev.credcors.processor.rules.Sources.good;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Message;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules that need Jakarta REST facts: placement, served methods and path conflicts. */
class ElementRulesTest {

  @Test
  void rejectsAnnotationOnClassWithoutPath() {
    JavaFileObject source = bad("MisplacedOnClass");
    assertThat(compile(source))
        .hadErrorContainingMatch(message(Message.MISPLACED_ON_CLASS, ANY).pattern())
        .inFile(source)
        .onLineContaining("@CredentialedCors(");
  }

  @Test
  void rejectsAnnotationOnMethodWithoutHttpMethodDesignator() {
    JavaFileObject source = bad("MisplacedOnMethod");
    assertThat(compile(source))
        .hadErrorContainingMatch(message(Message.MISPLACED_ON_METHOD, ANY).pattern())
        .inFile(source)
        .onLineContaining("https://helper.example.com");
  }

  @Test
  void rejectsAnnotationOnSubResourceLocator() {
    JavaFileObject source = bad("MisplacedOnMethod");
    assertThat(compile(source))
        .hadErrorContainingMatch(message(Message.MISPLACED_ON_METHOD, ANY).pattern())
        .inFile(source)
        .onLineContaining("https://locator.example.com");
  }

  @Test
  void warnsOnUnservedMethod() {
    JavaFileObject source = bad("UnservedMethod");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContainingMatch(message(Message.UNSERVED_METHOD, "DELETE", ANY).pattern())
        .inFile(source)
        .onLineContaining("\"DELETE\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void checksMethodLevelPolicyThatReplacesTheClassPolicy() {
    JavaFileObject source = bad("MethodLevelPolicy");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.NULL_ORIGIN.format("null"))
        .inFile(source)
        .onLineContaining("\"null\"");
    // The method's policy governs DELETE on /api/documents/{id} only: PUT is not served there.
    assertThat(compilation)
        .hadWarningContainingMatch(message(Message.UNSERVED_METHOD, "PUT", ANY).pattern())
        .inFile(source)
        .onLineContaining("\"PUT\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void rejectsConflictingPoliciesOnSameTemplate() {
    JavaFileObject shop = bad("ConflictingItems");
    JavaFileObject admin = bad("ConflictingItemsAdmin");
    Compilation compilation = compile(shop, admin);
    assertThat(compilation).failed();
    Pattern expected = message(Message.CONFLICTING_POLICIES, ANY, ANY, "GET", ANY).pattern();
    List<Diagnostic<? extends JavaFileObject>> conflicts =
        compilation.errors().stream()
            .filter(d -> expected.matcher(Sources.message(d)).matches())
            .toList();
    // Which of the two classes carries the error depends on round order; both must name each
    // other, and each error must sit on an annotation so the IDE underlines the policy.
    assertThat(conflicts).isNotEmpty();
    for (Diagnostic<? extends JavaFileObject> conflict : conflicts) {
      assertThat(Sources.message(conflict))
          .contains("ConflictingItemsAdmin")
          .containsPattern("ConflictingItems\\b");
      JavaFileObject file = Sources.in(conflict, shop) ? shop : admin;
      assertThat(Sources.in(conflict, file)).isTrue();
      assertThat(lineOf(file, conflict.getLineNumber())).contains("@CredentialedCors(");
    }
  }

  @Test
  void acceptsSamePolicyOnSameTemplate() {
    assertThat(compile(good("ConflictingItems"), good("ConflictingItemsAdmin")))
        .succeededWithoutWarnings();
  }

  private static String lineOf(JavaFileObject file, long line) {
    try {
      return file.getCharContent(true).toString().lines().skip(line - 1).findFirst().orElse("");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
