package dev.credcors.it;

/** Denial and cookie diagnostics against Jersey 3.1 on Grizzly. */
class JerseyDiagnosticsTest extends DiagnosticsSuite {
  @Override
  ServerFixture.Kind kind() {
    return JerseyFixture::start;
  }
}
