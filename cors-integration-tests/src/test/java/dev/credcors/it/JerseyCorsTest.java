package dev.credcors.it;

/** The suite against Jersey 3.1 on Grizzly. */
class JerseyCorsTest extends CorsSuite {
  @Override
  ServerFixture.Kind kind() {
    return JerseyFixture::start;
  }
}
