package dev.credcors.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.credcors.policy.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The {@code conflicting-policies} rule across and within resource classes. */
class ConflictTest {

  private final JavaFileObject reader = Sources.golden("conflicts/ItemsReader.java");
  private final JavaFileObject admin = Sources.golden("conflicts/ItemsAdmin.java");
  private final JavaFileObject mirror = Sources.golden("conflicts/ItemsMirror.java");

  @Test
  void rejectsTwoPoliciesForOneRouteOnBothAnnotations() {
    Compilation compilation = Sources.credcors().compile(reader, admin);
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFLICTING_POLICIES.format(
                "conflicts.ItemsAdmin.read(java.lang.String)",
                "conflicts.ItemsReader",
                "GET",
                "/api/items/{key}"))
        .inFile(admin)
        .onLineContaining("admin.example.com\")");
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFLICTING_POLICIES.format(
                "conflicts.ItemsReader",
                "conflicts.ItemsAdmin.read(java.lang.String)",
                "GET",
                "/api/items/{id}"))
        .inFile(reader)
        .onLineContaining("@CredentialedCors");
    // DELETE on the same path is a different route: no third error.
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void acceptsTheSamePolicyTwiceOnOneRoute() {
    assertThat(Sources.credcors().compile(reader, mirror)).succeededWithoutWarnings();
  }

  @Test
  void writeGuardSettingsArePartOfThePolicy() {
    JavaFileObject sameSite = Sources.golden("conflicts/ItemsSameSite.java");
    Compilation compilation = Sources.credcors().compile(reader, sameSite);
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFLICTING_POLICIES.format(
                "conflicts.ItemsSameSite", "conflicts.ItemsReader", "GET", "/api/items/{code}"))
        .inFile(sameSite)
        .onLineContaining("allowSameSiteWrites = true");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void rejectsTwoPoliciesForOneRouteInOneClass() {
    JavaFileObject negotiated = Sources.golden("conflicts/Negotiated.java");
    Compilation compilation = Sources.credcors().compile(negotiated);
    assertThat(compilation)
        .hadErrorContaining(
            Message.CONFLICTING_POLICIES.format(
                "conflicts.Negotiated.csv()", "conflicts.Negotiated", "GET", "/api/report"))
        .inFile(negotiated)
        .onLineContaining("reports.example.com");
    assertThat(compilation).hadErrorCount(2);
  }
}
