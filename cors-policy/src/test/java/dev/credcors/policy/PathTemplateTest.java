package dev.credcors.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathTemplateTest {

  @ParameterizedTest
  @CsvSource({
    "items, '', /items",
    "/items/, /{id}, /items/{id}",
    "/, /, /",
    "'', items, /items",
    "/api, , /api",
    "a//, //b/, /a/b"
  })
  void joinsClassAndMethodPaths(String classPath, String methodPath, String joined) {
    assertThat(PathTemplate.join(classPath, methodPath)).isEqualTo(joined);
  }

  @Test
  void literalPathMatchesWithOrWithoutTrailingSlash() {
    PathTemplate template = PathTemplate.parse("/items");
    assertThat(template.matches("/items")).isTrue();
    assertThat(template.matches("/items/")).isTrue();
    assertThat(template.matches("/items/1")).isFalse();
    assertThat(template.matches("/itemsx")).isFalse();
  }

  @Test
  void defaultVariableMatchesOneSegment() {
    PathTemplate template = PathTemplate.parse("/items/{id}");
    assertThat(template.matches("/items/42")).isTrue();
    assertThat(template.matches("/items/abc/")).isTrue();
    assertThat(template.matches("/items/")).isFalse();
    assertThat(template.matches("/items/4/2")).isFalse();
  }

  @Test
  void regexVariableUsesItsRegex() {
    PathTemplate template = PathTemplate.parse("/items/{id: [0-9]{1,3}}/tags");
    assertThat(template.matches("/items/123/tags")).isTrue();
    assertThat(template.matches("/items/1234/tags")).isFalse();
    assertThat(template.matches("/items/abc/tags")).isFalse();
    assertThat(template.regexVariables()).isEqualTo(1);
  }

  @Test
  void regexMayCrossSegments() {
    PathTemplate template = PathTemplate.parse("/files/{path: .+}");
    assertThat(template.matches("/files/a/b/c.txt")).isTrue();
  }

  @Test
  void literalCharactersAreQuotedAndEncoded() {
    PathTemplate dot = PathTemplate.parse("/v1.0/items");
    assertThat(dot.matches("/v1.0/items")).isTrue();
    assertThat(dot.matches("/v1x0/items")).isFalse();
    PathTemplate space = PathTemplate.parse("/a b");
    assertThat(space.matches("/a%20b")).isTrue();
    assertThat(space.matches("/a b")).isFalse();
  }

  @Test
  void normalizedFormErasesVariableNames() {
    assertThat(PathTemplate.parse("/items/{id}").normalized())
        .isEqualTo(PathTemplate.parse("items/{ x }/").normalized())
        .isEqualTo(PathTemplate.parse("/items/{x: [^/]+?}").normalized())
        .isEqualTo("/items/{}");
    assertThat(PathTemplate.parse("/items/{id: [0-9]+}").normalized())
        .isEqualTo("/items/{[0-9]+}")
        .isNotEqualTo(PathTemplate.parse("/items/{id}").normalized());
  }

  @Test
  void ordersBySpecificationSpecificity() {
    List<PathTemplate> templates =
        new ArrayList<>(
            List.of(
                PathTemplate.parse("/items/{id}"),
                PathTemplate.parse("/items/{id: [0-9]+}"),
                PathTemplate.parse("/items/new"),
                PathTemplate.parse("/{a}/{b}")));
    templates.sort(PathTemplate.MOST_SPECIFIC_FIRST);
    assertThat(templates)
        .extracting(PathTemplate::template)
        .containsExactly("/items/new", "/items/{id: [0-9]+}", "/items/{id}", "/{a}/{b}");
  }

  @Test
  void classTemplateLeavesTheRestOfThePath() {
    PathTemplate items = PathTemplate.parse("/items");
    assertThat(items.remainder("/items")).isEmpty();
    assertThat(items.remainder("/items/")).isEqualTo("/");
    assertThat(items.remainder("/items/42/tags")).isEqualTo("/42/tags");
    assertThat(items.remainder("/itemsx")).isNull();
    assertThat(PathTemplate.parse("/{id: [0-9]+}").remainder("/42/x")).isEqualTo("/x");
  }

  @Test
  void rootTemplateMatchesEverythingAsAClassAndOnlyTheRootAsAMethod() {
    PathTemplate root = PathTemplate.parse("/");
    assertThat(root.normalized()).isEqualTo(PathTemplate.parse("").normalized()).isEqualTo("/");
    assertThat(root.remainder("/items/1")).isEqualTo("/items/1");
    assertThat(root.matches("/")).isTrue();
    assertThat(root.matches("")).isTrue();
    assertThat(root.matches("/items")).isFalse();
    assertThat(root.literalCharacters()).isZero();
  }

  @Test
  void rejectsMalformedTemplates() {
    assertThatThrownBy(() -> PathTemplate.parse("/items/{id"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.parse("/items/id}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.parse("/items/{: [0-9]+}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathTemplate.parse("/items/{id: [0-9+}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
