package dev.credcors.it;

/** The write guard suite against Jersey 3.1 on Grizzly. */
class JerseyWriteGuardTest extends WriteGuardSuite {
  @Override
  ServerFixture.Kind kind() {
    return JerseyFixture::start;
  }
}
