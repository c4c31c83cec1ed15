package dev.credcors.bench.decision;

import dev.credcors.bench.resources.Inputs;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring Framework's {@link DefaultCorsProcessor#processRequest} (which calls {@link
 * CorsConfiguration#checkOrigin}, {@code checkHttpMethod} and {@code checkHeaders}) on Spring's
 * mock servlet request and response, with the same policy. The subdomain pattern is given in
 * Spring's syntax, {@value Inputs#SPRING_SUBDOMAIN_PATTERN}.
 */
public class SpringDecision extends DecisionBenchmark {

  @Param({"2", "100", "1000", "pattern"})
  public String allowlist;

  @Param public RequestCase request;

  private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
  private CorsConfiguration config;
  private SpringExchange exchange;

  @Setup
  public void setUp() throws IOException {
    Allowlist list = Allowlist.of(allowlist);
    config = new CorsConfiguration();
    if (list.patterns().isEmpty()) {
      config.setAllowedOrigins(list.origins());
    } else {
      config.setAllowedOriginPatterns(List.of(Inputs.SPRING_SUBDOMAIN_PATTERN));
    }
    config.setAllowCredentials(true);
    config.setAllowedMethods(List.of("GET", "DELETE"));
    config.setAllowedHeaders(List.of(Allowlist.allowHeaders(list.resource()).split(", ")));
    config.setMaxAge(600L);
    exchange = new SpringExchange(request, list.path());
    boolean proceed =
        processor.processRequest(
            config, exchange.reset(request.freshOrigin()).request, exchange.response);
    Outcomes.checkSpring(request, proceed, exchange.response);
  }

  @Benchmark
  public Object decide() throws IOException {
    SpringExchange current = exchange.reset(request.freshOrigin());
    processor.processRequest(config, current.request, current.response);
    return current.response;
  }
}
