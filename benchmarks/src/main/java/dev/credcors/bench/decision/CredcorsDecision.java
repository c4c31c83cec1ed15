package dev.credcors.bench.decision;

import dev.credcors.bench.jaxrs.CredcorsFilters;
import java.io.IOException;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * credcors: the filters its runtime registers for the processor-generated policy of the resource,
 * request and response phase, or the preflight answer.
 */
public class CredcorsDecision extends JaxrsDecision {

  @Param({"2", "100", "1000", "pattern"})
  public String allowlist;

  @Setup
  public void setUp() throws IOException {
    Allowlist list = Allowlist.of(allowlist);
    use("credcors", list, CredcorsFilters.forResource(list.resource(), "GET"));
  }
}
