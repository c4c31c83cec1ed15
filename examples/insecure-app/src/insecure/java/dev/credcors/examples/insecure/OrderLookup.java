package dev.credcors.examples.insecure;

import dev.credcors.CredentialedCors;

/** A helper that was annotated "to be safe": it is not a resource, so no request reaches it. */
@CredentialedCors(origins = "https://app.example.com") // expect: [misplaced-annotation]
public class OrderLookup {

  public String find(String id) {
    return id;
  }
}
