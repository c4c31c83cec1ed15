package dev.credcors.it;

/** Origins from MicroProfile Config on RESTEasy 6.2 on Undertow. */
class MicroProfileResteasyTest extends MicroProfileSuite {
  @Override
  ServerFixture.Kind kind() {
    return ResteasyFixture::start;
  }
}
