package dev.credcors.it;

/** Origins from configuration on Jersey 3.1 on Grizzly. */
class JerseyConfiguredOriginsTest extends ConfiguredOriginsSuite {
  @Override
  ServerFixture.Kind kind() {
    return JerseyFixture::start;
  }

  @Override
  String childKind() {
    return "jersey";
  }
}
