package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Priorities;
import org.junit.jupiter.api.Test;

class CorsPrioritiesTest {

  @Test
  void authenticationIsTheSpecifiedPriority() {
    assertThat(CorsPriorities.AUTHENTICATION).isEqualTo(Priorities.AUTHENTICATION);
  }

  @Test
  void preflightsAreAnsweredBeforeAuthentication() {
    assertThat(CorsPriorities.PREFLIGHT).isLessThan(Priorities.AUTHENTICATION);
  }
}
