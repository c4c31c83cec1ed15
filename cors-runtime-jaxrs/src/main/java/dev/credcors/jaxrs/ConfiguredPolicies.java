package dev.credcors.jaxrs;

import dev.credcors.policy.Attribute;
import dev.credcors.policy.ConfiguredOrigins;
import dev.credcors.policy.PolicyValidator;
import dev.credcors.policy.PublicSuffixes;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Start-up for the policies of one resource: resolves every configuration property a policy names
 * ({@link ConfigurationLookup}), holds the values to the same rules javac held the literals to
 * ({@link ConfiguredOrigins}, {@link PolicyValidator}), and either puts them in force or refuses to
 * start with every problem listed at once. Then logs, once per policy, the endpoints it governs and
 * the origins in force with their source.
 */
final class ConfiguredPolicies {

  static final String LOGGER = "dev.credcors.jaxrs";

  private static final System.Logger LOG = System.getLogger(LOGGER);

  private final ConfigurationLookup lookup;
  private final Optional<PublicSuffixes> publicSuffixes;
  private PolicyValidator validator;

  ConfiguredPolicies(ConfigurationLookup lookup, Optional<PublicSuffixes> publicSuffixes) {
    this.lookup = lookup;
    this.publicSuffixes = publicSuffixes;
  }

  /** What this process has: its MicroProfile Config, system properties, environment, and Guava. */
  static ConfiguredPolicies ofThisProcess() {
    return new ConfiguredPolicies(
        ConfigurationLookup.ofThisProcess(),
        GuavaSuffixList.ifPresent(ConfiguredPolicies.class.getClassLoader()));
  }

  /**
   * Resolves and checks the policies of {@code resource}'s endpoints and puts them in force.
   *
   * @throws IllegalStateException listing every problem, when any policy's configuration breaks an
   *     error rule or a named property is missing or empty: the application must not start
   */
  List<CorsEndpoint> apply(Class<?> resource, List<CorsEndpoint> endpoints) {
    Map<CorsPolicy, List<CorsEndpoint>> byPolicy = new IdentityHashMap<>();
    List<CorsPolicy> order = new ArrayList<>();
    for (CorsEndpoint endpoint : endpoints) {
      byPolicy
          .computeIfAbsent(
              endpoint.policy(),
              p -> {
                order.add(p);
                return new ArrayList<>();
              })
          .add(endpoint);
    }
    Map<CorsPolicy, ConfiguredOrigins.Result> checked = new LinkedHashMap<>();
    // A set: two policies of one resource that name the same property meet the same problems,
    // and a problem is listed once.
    Set<String> errors = new LinkedHashSet<>();
    for (CorsPolicy policy : order) {
      if (policy.namesProperty()) {
        ConfiguredOrigins.Result result = check(policy);
        checked.put(policy, result);
        result.errors().forEach(problem -> errors.add(problem.text()));
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException(refusal(resource, errors));
    }
    for (CorsPolicy policy : order) {
      ConfiguredOrigins.Result result = checked.get(policy);
      if (result != null) {
        List<Pattern> patterns = new ArrayList<>();
        result.addedPatterns().forEach(p -> patterns.add(Pattern.compile(p)));
        policy.install(result.addedOrigins(), patterns);
        result.warnings().forEach(w -> LOG.log(Level.WARNING, "credcors: " + w.text()));
      }
      LOG.log(Level.INFO, inForce(resource, byPolicy.get(policy), policy, result));
    }
    return endpoints;
  }

  private ConfiguredOrigins.Result check(CorsPolicy policy) {
    Optional<ConfiguredOrigins.Resolution> origins =
        policy.originsProperty().isEmpty()
            ? Optional.empty()
            : Optional.of(lookup.resolve(Attribute.ORIGINS_PROPERTY, policy.originsProperty()));
    Optional<ConfiguredOrigins.Resolution> patterns =
        policy.originPatternsProperty().isEmpty()
            ? Optional.empty()
            : Optional.of(
                lookup.resolve(
                    Attribute.ORIGIN_PATTERNS_PROPERTY, policy.originPatternsProperty()));
    List<String> literalPatterns = new ArrayList<>();
    policy.literalPatterns().forEach(p -> literalPatterns.add(p.pattern()));
    return ConfiguredOrigins.check(
        validator(),
        policy.literalOrigins(),
        literalPatterns,
        origins,
        patterns,
        policy.suppressions(),
        publicSuffixes.isPresent());
  }

  /** Built on first use: an application without configured origins never pays for it. */
  private PolicyValidator validator() {
    if (validator == null) {
      // Without the list, configured patterns are refused before they reach the pattern rules.
      validator = new PolicyValidator(publicSuffixes.orElse(domain -> false));
    }
    return validator;
  }

  static String refusal(Class<?> resource, Collection<String> errors) {
    StringBuilder text =
        new StringBuilder("credcors refuses to start ")
            .append(resource.getName())
            .append(": its configured origins break ")
            .append(errors.size())
            .append(errors.size() == 1 ? " rule" : " rules")
            .append(" that javac would have enforced on the same values in source:");
    for (String error : errors) {
      text.append("\n  ").append(error);
    }
    return text.toString();
  }

  /**
   * {@code credcors: com.x.Profile GET /api/profile, PUT /api/profile allow https://a.example.com
   * (annotation), https://b.example.com (environment APP_CORS_ORIGINS)}.
   */
  private static String inForce(
      Class<?> resource,
      List<CorsEndpoint> endpoints,
      CorsPolicy policy,
      ConfiguredOrigins.Result result) {
    StringJoiner where = new StringJoiner(", ");
    for (CorsEndpoint e : endpoints) {
      where.add(e.httpMethod() + " " + e.pathTemplate());
    }
    StringJoiner origins = new StringJoiner(", ");
    policy.literalOrigins().forEach(o -> origins.add(o + " (annotation)"));
    policy.literalPatterns().forEach(p -> origins.add(p.pattern() + " (annotation)"));
    if (result != null) {
      String originsSource = source(policy.originsProperty(), result, true);
      String patternsSource = source(policy.originPatternsProperty(), result, false);
      result.addedOrigins().forEach(o -> origins.add(o + " (" + originsSource + ")"));
      result.addedPatterns().forEach(p -> origins.add(p + " (" + patternsSource + ")"));
    }
    return "credcors: "
        + resource.getName()
        + " "
        + where
        + " allow "
        + origins
        + "; fixed until the application stops";
  }

  private static String source(String property, ConfiguredOrigins.Result result, boolean exact) {
    for (ConfiguredOrigins.Resolution r : result.resolutions()) {
      if (r.property().equals(property) && (r.attribute() == Attribute.ORIGINS_PROPERTY) == exact) {
        return property + " from " + r.source();
      }
    }
    return property;
  }
}
