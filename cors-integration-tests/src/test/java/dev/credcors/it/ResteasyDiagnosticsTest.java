package dev.credcors.it;

/** Denial and cookie diagnostics against RESTEasy 6.2 on Undertow. */
class ResteasyDiagnosticsTest extends DiagnosticsSuite {
  @Override
  ServerFixture.Kind kind() {
    return ResteasyFixture::start;
  }
}
