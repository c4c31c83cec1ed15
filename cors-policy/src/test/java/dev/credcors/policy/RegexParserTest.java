package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.credcors.policy.RegexTree.Chars;
import dev.credcors.policy.RegexTree.Group;
import dev.credcors.policy.RegexTree.Node;
import dev.credcors.policy.RegexTree.Repeat;
import dev.credcors.policy.RegexTree.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexParserTest {

  @Test
  void quantifierAfterQuotedTextAppliesToItsLastCharacter() {
    Seq seq = (Seq) RegexParser.parse("\\Qab\\E+");
    assertThat(seq.items()).hasSize(2);
    assertThat(seq.items().get(1)).isInstanceOf(Repeat.class);
  }

  @Test
  void scopedFlagsEndWithTheirGroup() {
    Seq seq = (Seq) RegexParser.parse("(?i:A)A");
    Chars insensitive = (Chars) ((Group) seq.items().get(0)).body();
    Chars sensitive = (Chars) seq.items().get(1);
    assertThat(insensitive.set().get('a')).isTrue();
    assertThat(sensitive.set().get('a')).isFalse();
  }

  @Test
  void classesMeanWhatJavaRegexSays() {
    Chars chars = (Chars) RegexParser.parse("[a-c&&[^b]]");
    assertThat(chars.set().get('a')).isTrue();
    assertThat(chars.set().get('b')).isFalse();
    assertThat(chars.representative()).isEqualTo("a");
  }

  @Test
  void repeatKeepsItsSourceAndBounds() {
    Node node = RegexParser.parse("(?:x-){2,5}+");
    Repeat repeat = (Repeat) node;
    assertThat(repeat.source()).isEqualTo("(?:x-){2,5}+");
    assertThat(repeat.min()).isEqualTo(2);
    assertThat(repeat.max()).isEqualTo(5);
    assertThat(repeat.possessive()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^https://(?<sub>[a-z]+)\\.example\\.com$",
        "^https://(?=[a-z])[a-z0-9-]{1,20}\\.example\\.com$",
        "^https://(?<!x)app\\.example\\.com$",
        "^https://(?>app|admin)\\.example\\.com$",
        "^https://app\\x2eexample\\u002ecom$",
        "^https://app\\056example\\.com$",
        "^https://\\p{Lower}{1,10}\\.example\\.com$",
        "^https://[\\p{Alnum}-]{1,10}\\.example\\.com$",
        "^https://app\\.example\\.com\\b$",
        "(?u)(?i)^https://app\\.example\\.com$"
      })
  void exoticButSecurePatternsPass(String pattern) {
    assertThat(Policies.validate(Policies.patterns(pattern)))
        .extracting(Violation::text)
        .isEmpty();
  }
}
