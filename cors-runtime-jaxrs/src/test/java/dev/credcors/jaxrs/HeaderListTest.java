package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeaderListTest {

  @Test
  void keepsTheOrderHeadersWereAddedInAndGrowsPastItsCapacity() {
    HeaderList headers = new HeaderList(1).add("Vary", "Origin").add("A", "1").add("B", "2");
    List<String> seen = new ArrayList<>();
    headers.forEach((name, value) -> seen.add(name + "=" + value));
    assertThat(seen).containsExactly("Vary=Origin", "A=1", "B=2");
    assertThat(headers).containsExactly(entry("Vary", "Origin"), entry("A", "1"), entry("B", "2"));
    assertThat(headers.get("A")).isEqualTo("1");
    assertThat(headers.get("C")).isNull();
  }

  @Test
  void equalsAnyMapWithTheSameEntriesAndCannotBeChanged() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Access-Control-Allow-Origin", "https://app.example.com");
    expected.put("Vary", "Origin");
    HeaderList headers =
        new HeaderList(2)
            .add("Access-Control-Allow-Origin", "https://app.example.com")
            .add("Vary", "Origin");
    assertThat(headers).isEqualTo(expected);
    assertThat(headers.hashCode()).isEqualTo(expected.hashCode());
    assertThatThrownBy(() -> headers.put("Vary", "*"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new Preflight(204, headers).headers()).isSameAs(headers);
  }
}
