package dev.credcors.it;

/** The suite against RESTEasy 6.2 on Undertow. */
class ResteasyCorsTest extends CorsSuite {
  @Override
  ServerFixture.Kind kind() {
    return ResteasyFixture::start;
  }
}
