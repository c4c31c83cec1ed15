package dev.credcors.processor;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Test inputs under {@code src/test/resources/golden/} and the compiler that runs credcors. */
final class Sources {

  private Sources() {}

  /** {@code golden/<path>}, e.g. {@code com/example/shop/Shop.java}. */
  static JavaFileObject golden(String path) {
    return JavaFileObjects.forResource("golden/" + path);
  }

  /** javac with credcors only; -Xlint:all except the "no processor claimed" processing lint. */
  static Compiler credcors() {
    return Compiler.javac()
        .withProcessors(new CredentialedCorsProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror");
  }
}
