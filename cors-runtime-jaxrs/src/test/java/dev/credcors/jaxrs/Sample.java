package dev.credcors.jaxrs;

/** A stand-in resource for {@link EndpointBinderTest}. */
class Sample {
  public String get() {
    return "";
  }
}
