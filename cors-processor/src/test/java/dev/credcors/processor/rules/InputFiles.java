package dev.credcors.processor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Lists and reads the test inputs under {@code src/test/resources}. */
final class InputFiles {

  private static final String RULE_HEADER = "// credcors: ";

  private InputFiles() {}

  /** The class names of the {@code .java} inputs in {@code directory}, sorted. */
  static List<String> names(String directory) {
    try (Stream<Path> files = Files.list(directory(directory))) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".java"))
          .map(name -> name.substring(0, name.length() - ".java".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tag a {@code bad/} input declares in its {@code // credcors: <tag>} first line. */
  static Optional<String> declaredTag(String badName) {
    String first = lines("bad/" + badName + ".java").get(0);
    return first.startsWith(RULE_HEADER)
        ? Optional.of(first.substring(RULE_HEADER.length()).trim())
        : Optional.empty();
  }

  /** The lines of a resource file. */
  static List<String> lines(String resource) {
    try {
      return Files.readAllLines(directory(resource), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path directory(String resource) {
    URL url = InputFiles.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
