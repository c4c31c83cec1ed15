package dev.credcors.it;

/** Origins from MicroProfile Config on Jersey 3.1 on Grizzly. */
class MicroProfileJerseyTest extends MicroProfileSuite {
  @Override
  ServerFixture.Kind kind() {
    return JerseyFixture::start;
  }
}
