package dev.credcors.it;

/** Origins from configuration on RESTEasy 6.2 on Undertow. */
class ResteasyConfiguredOriginsTest extends ConfiguredOriginsSuite {
  @Override
  ServerFixture.Kind kind() {
    return ResteasyFixture::start;
  }

  @Override
  String childKind() {
    return "resteasy";
  }
}
