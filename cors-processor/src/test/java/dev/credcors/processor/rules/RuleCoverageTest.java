package dev.credcors.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.credcors.policy.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the suite honest as the catalogue grows: every rule a user can break has a {@code bad/}
 * input (declared by its {@code // credcors: <tag>} first line) and a corrected {@code good/}
 * neighbour, and every attribute rule appears in the insecure corpus.
 */
class RuleCoverageTest {

  /**
   * Rules a source file can trigger: {@code internal-error} is a credcors bug, never a user's;
   * {@code missing-property} is about a configuration value, which exists only at start-up (tested
   * against real servers in cors-integration-tests); {@code invalid-option} is in the compiler's
   * options (NamespaceIT covers it).
   */
  private static final Set<Rule> USER_RULES =
      EnumSet.complementOf(
          EnumSet.of(Rule.INTERNAL_ERROR, Rule.MISSING_PROPERTY, Rule.INVALID_OPTION));

  /** Rules that need more than one attribute list to show, so no corpus line can carry them. */
  private static final Set<Rule> ELEMENT_RULES =
      EnumSet.of(Rule.MISPLACED_ANNOTATION, Rule.CONFLICTING_POLICIES, Rule.UNSERVED_METHOD);

  @Test
  void everyRuleHasABadInput() {
    Set<String> declared =
        InputFiles.names("bad").stream()
            .map(
                name ->
                    InputFiles.declaredTag(name)
                        .orElseThrow(
                            () ->
                                new AssertionError(
                                    "bad/" + name + ".java lacks // credcors: <tag>")))
            .collect(Collectors.toSet());
    assertThat(declared).containsExactlyInAnyOrderElementsOf(tags(USER_RULES));
  }

  @Test
  void everyBadInputHasAGoodNeighbour() {
    List<String> good = InputFiles.names("good");
    List<String> withoutNeighbour =
        InputFiles.names("bad").stream()
            // Suppression inputs demonstrate what does not suppress; their fix is in good/.
            .filter(name -> !name.startsWith("Suppressed"))
            .filter(name -> !good.contains(name))
            .toList();
    assertThat(withoutNeighbour).isEmpty();
  }

  @Test
  void insecureCorpusCoversEveryAttributeError() {
    Set<Rule> attributeErrors = EnumSet.noneOf(Rule.class);
    for (Rule rule : USER_RULES) {
      if (rule.severity() == dev.credcors.policy.Severity.ERROR && !ELEMENT_RULES.contains(rule)) {
        attributeErrors.add(rule);
      }
    }
    Set<String> corpusTags =
        Corpus.read("insecure").stream().map(Corpus.Entry::expect).collect(Collectors.toSet());
    assertThat(corpusTags).containsAll(tags(attributeErrors));
  }

  private static Set<String> tags(Set<Rule> rules) {
    return rules.stream().map(Rule::tag).collect(Collectors.toSet());
  }
}
