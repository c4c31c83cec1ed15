package dev.credcors.it;

/** Registration against Jersey 3.1 on Grizzly. */
class JerseyRegistrationTest extends RegistrationSuite {
  @Override
  ServerFixture.Kind kind() {
    return JerseyFixture::start;
  }
}
