package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The secure and insecure corpora under src/test/resources/corpus. */
class CorpusTest {

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    }
  }

  private static PolicyInput input(String kind, String value) {
    return kind.equals("o") ? Policies.origins(value) : Policies.patterns(value);
  }

  static Stream<Arguments> secure() throws IOException {
    return lines("secure.txt").stream()
        .map(
            line -> {
              String[] expected = line.split(" => ", 2);
              return Arguments.of(
                  line.substring(0, 1),
                  expected[0].substring(2),
                  expected.length > 1 ? expected[1] : "");
            });
  }

  static Stream<Arguments> insecure() throws IOException {
    return lines("insecure.txt").stream()
        .map(
            line -> {
              String[] parts = line.split(" ", 3);
              return Arguments.of(parts[0], parts[1], parts[2]);
            });
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("secure")
  void securePolicyHasNoError(String kind, String value, String expectedWarning) {
    List<Violation> violations = Policies.validate(input(kind, value));
    assertThat(violations)
        .extracting(v -> v.rule().tag())
        .containsExactlyElementsOf(
            expectedWarning.isEmpty() ? List.of() : List.of(expectedWarning));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("insecure")
  void insecurePolicyIsRejectedWithItsTag(String tag, String kind, String value) {
    List<Violation> violations = Policies.validate(input(kind, value));
    assertThat(violations)
        .filteredOn(v -> v.severity() == Severity.ERROR)
        .extracting(v -> v.rule().tag())
        .contains(tag);
  }
}
