package dev.credcors.it;

/** The write guard suite against RESTEasy 6.2 on Undertow. */
class ResteasyWriteGuardTest extends WriteGuardSuite {
  @Override
  ServerFixture.Kind kind() {
    return ResteasyFixture::start;
  }
}
