package dev.credcors.it;

/** Registration against RESTEasy 6.2 on Undertow. */
class ResteasyRegistrationTest extends RegistrationSuite {
  @Override
  ServerFixture.Kind kind() {
    return ResteasyFixture::start;
  }
}
