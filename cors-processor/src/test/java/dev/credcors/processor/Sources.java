package dev.credcors.processor;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;

/** Test inputs under {@code src/test/resources/golden/} and the compiler that runs credcors. */
final class Sources {

  private Sources() {}

  /** {@code golden/<path>}, e.g. {@code com/example/shop/Shop.java}. */
  static JavaFileObject golden(String path) {
    return JavaFileObjects.forResource("golden/" + path);
  }

  /** The 1-based number of the first line of {@code text} containing {@code fragment}. */
  static long line(String text, String fragment) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment)) {
        return i + 1L;
      }
    }
    throw new AssertionError("no line contains " + fragment);
  }

  static long line(JavaFileObject source, String fragment) throws IOException {
    return line(source.getCharContent(false).toString(), fragment);
  }

  /** javac with credcors only; -Xlint:all except the "no processor claimed" processing lint. */
  static Compiler credcors() {
    return Compiler.javac()
        .withProcessors(new CredentialedCorsProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror");
  }
}
