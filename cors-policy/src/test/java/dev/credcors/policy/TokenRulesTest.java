package dev.credcors.policy;

import static dev.credcors.policy.Policies.assertOnly;
import static dev.credcors.policy.Policies.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenRulesTest {

  private static PolicyInput policy(
      List<String> methods,
      List<String> allowHeaders,
      List<String> exposeHeaders,
      long maxAge,
      List<String> vary,
      Set<String> served) {
    return new PolicyInput(
        List.of("https://app.example.com"),
        List.of(),
        methods,
        allowHeaders,
        exposeHeaders,
        maxAge,
        vary,
        false,
        served);
  }

  private static PolicyInput methods(String... methods) {
    return policy(
        List.of(methods), List.of("Content-Type"), List.of(), 600, List.of("Origin"), Set.of());
  }

  private static PolicyInput allowHeaders(String... headers) {
    return policy(List.of(), List.of(headers), List.of(), 600, List.of("Origin"), Set.of());
  }

  private static PolicyInput exposeHeaders(String... headers) {
    return policy(
        List.of(), List.of("Content-Type"), List.of(headers), 600, List.of("Origin"), Set.of());
  }

  private static PolicyInput vary(String... vary) {
    return policy(List.of(), List.of("Content-Type"), List.of(), 600, List.of(vary), Set.of());
  }

  private static PolicyInput maxAge(long maxAge) {
    return policy(
        List.of(), List.of("Content-Type"), List.of(), maxAge, List.of("Origin"), Set.of());
  }

  @Test
  void acceptsATypicalPolicy() {
    assertThat(
            validate(
                policy(
                    List.of("GET", "PUT", "PATCH"),
                    List.of("Content-Type", "Authorization", "X-CSRF-Token"),
                    List.of("ETag", "Location"),
                    7200,
                    List.of("Origin", "Accept-Encoding"),
                    Set.of("GET", "PUT", "PATCH"))))
        .isEmpty();
  }

  @Test
  void rejectsWildcardMethods() {
    assertOnly(
        validate(methods("GET", "*")),
        Attribute.METHODS,
        1,
        Message.WILDCARD_LIST,
        "methods",
        "method");
  }

  @Test
  void rejectsWildcardAllowHeaders() {
    assertOnly(
        validate(allowHeaders("*")),
        Attribute.ALLOW_HEADERS,
        0,
        Message.WILDCARD_LIST,
        "allowHeaders",
        "header name");
  }

  @Test
  void rejectsWildcardExposeHeaders() {
    assertOnly(
        validate(exposeHeaders("ETag", "*")),
        Attribute.EXPOSE_HEADERS,
        1,
        Message.WILDCARD_LIST,
        "exposeHeaders",
        "header name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"get", "Post", "delete", "put", "head", "options"})
  void rejectsLowerCaseStandardMethods(String method) {
    String upper = method.toUpperCase(java.util.Locale.ROOT);
    assertOnly(
        validate(methods(method)),
        Attribute.METHODS,
        0,
        Message.LOWER_CASE_METHOD,
        method,
        upper,
        upper);
  }

  @Test
  void rejectsHeaderNameThatIsNotAToken() {
    assertOnly(
        validate(allowHeaders("Content-Type", "X Token")),
        Attribute.ALLOW_HEADERS,
        1,
        Message.INVALID_TOKEN,
        "allowHeaders",
        "X Token",
        "U+0020");
    assertOnly(
        validate(exposeHeaders("ETag:")),
        Attribute.EXPOSE_HEADERS,
        0,
        Message.INVALID_TOKEN,
        "exposeHeaders",
        "ETag:",
        ":");
    assertOnly(
        validate(methods("GE(T")),
        Attribute.METHODS,
        0,
        Message.INVALID_TOKEN,
        "methods",
        "GE(T",
        "(");
  }

  @Test
  void rejectsEmptyName() {
    assertOnly(
        validate(allowHeaders("")),
        Attribute.ALLOW_HEADERS,
        0,
        Message.EMPTY_TOKEN,
        "allowHeaders");
  }

  @Test
  void rejectsVaryWithoutOrigin() {
    var violations = validate(vary("Accept-Encoding"));
    assertThat(violations)
        .extracting(Violation::text)
        .containsExactly(Message.MISSING_VARY.format("{\"Accept-Encoding\"}"));
    assertThat(violations.get(0).attribute()).contains(Attribute.VARY);
    assertThat(violations.get(0).index()).isEqualTo(-1);
    assertThat(validate(vary()).get(0).text()).isEqualTo(Message.MISSING_VARY.format("{}"));
  }

  @Test
  void acceptsVaryOriginInAnyCase() {
    assertThat(validate(vary("accept", "ORIGIN"))).isEmpty();
  }

  @Test
  void rejectsInvalidVaryToken() {
    assertOnly(
        validate(vary("Origin", "A,B")),
        Attribute.VARY,
        1,
        Message.INVALID_TOKEN,
        "vary",
        "A,B",
        ",");
  }

  @Test
  void rejectsNegativeMaxAge() {
    var violations = validate(maxAge(-1));
    assertThat(violations)
        .extracting(Violation::text)
        .containsExactly(Message.NEGATIVE_MAX_AGE.format(-1L));
    assertThat(violations.get(0).attribute()).contains(Attribute.MAX_AGE);
  }

  @Test
  void warnsOnMaxAgeAboveChromiumCap() {
    assertThat(validate(maxAge(7200))).isEmpty();
    var violations = validate(maxAge(86400));
    assertThat(violations)
        .extracting(Violation::text)
        .containsExactly(Message.MAX_AGE_CAPPED.format(86400L));
    assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(validate(maxAge(0))).isEmpty();
  }

  @Test
  void warnsOnDuplicateHeaderIgnoringCase() {
    assertOnly(
        validate(allowHeaders("Content-Type", "content-type")),
        Attribute.ALLOW_HEADERS,
        1,
        Message.DUPLICATE_ENTRY,
        "allowHeaders",
        "content-type",
        1,
        0);
  }

  @Test
  void warnsOnUnservedMethod() {
    var input =
        policy(
            List.of("GET", "DELETE"),
            List.of("Content-Type"),
            List.of(),
            600,
            List.of("Origin"),
            Set.of("POST", "GET"));
    assertOnly(
        validate(input), Attribute.METHODS, 1, Message.UNSERVED_METHOD, "DELETE", "GET, POST");
    assertThat(validate(input).get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void unknownServedMethodsDisableTheCheck() {
    assertThat(validate(methods("GET", "PURGE"))).isEmpty();
  }

  @Test
  void rejectsEmptyPolicyOnTheAnnotation() {
    var input = Policies.defaults(List.of(), List.of());
    var violations = validate(input);
    assertThat(violations)
        .extracting(Violation::text)
        .containsExactly(Message.EMPTY_POLICY.format());
    assertThat(violations.get(0).attribute()).isEmpty();
  }
}
