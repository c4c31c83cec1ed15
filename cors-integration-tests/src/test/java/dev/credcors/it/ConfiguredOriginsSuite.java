package dev.credcors.it;

import static dev.credcors.it.CorsAssertions.assertNoGrant;
import static dev.credcors.it.CorsAssertions.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.credcors.it.configured.ConfiguredApplication;
import dev.credcors.jaxrs.LogCapture;
import dev.credcors.policy.Message;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Origins from configuration (issue 9), against one server kind: resolved from a system property or
 * (in a child JVM) an environment variable, put in force, and held to the compile-time rules at
 * start-up, a bad value stopping the application with the compiler's own diagnostic. Each test
 * starts its own server; {@code MicroProfileSuite} covers MicroProfile Config.
 */
class ConfiguredOriginsSuite {

  static final String ORIGINS = "it.cors.origins";
  static final String PATTERNS = "it.cors.admin-patterns";
  static final String ADMIN_PATTERN = "^https://admin-[0-9]+\\.example\\.com$";

  /** Starts the kind of server the stack module chose. */
  private static ServerFixture.Kind kind() {
    return ServerFixture.chosen();
  }

  @AfterEach
  void clearProperties() {
    System.clearProperty(ORIGINS);
    System.clearProperty(PATTERNS);
  }

  @Test
  void originsFromASystemPropertyAreAllowedAndNothingElse() throws Exception {
    System.setProperty(ORIGINS, " https://staging.example.com ,https://qa.example.com");
    System.setProperty(PATTERNS, ADMIN_PATTERN);
    try (ServerFixture server = kind().start(new ConfiguredApplication())) {
      assertAllowedOnly(
          server.base(),
          List.of(
              "https://staging.example.com", "https://qa.example.com", "https://app.example.com"),
          List.of(
              "https://evil.example.com", "https://staging.example.com/", "https://qa.example.co"));
      assertAdminPatternInForce(server.base());
    }
  }

  @Test
  void originsFromAnEnvironmentVariableAreAllowedAndNothingElse() throws Exception {
    Process child =
        child(Map.of("IT_CORS_ORIGINS", "https://env.example.com", PATTERNS, ADMIN_PATTERN));
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).as("the child's first line").startsWith("PORT ");
      URI base = URI.create("http://127.0.0.1:" + first.substring(5).trim() + "/");
      assertAllowedOnly(
          base,
          List.of("https://env.example.com", "https://app.example.com"),
          List.of("https://staging.example.com", "https://env.example.com.evil.test"));
      assertAdminPatternInForce(base);
    } finally {
      child.getOutputStream().close();
      if (!child.waitFor(30, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
  }

  @Test
  void aBadEnvironmentValueStopsStartUpNamingTheVariable() throws Exception {
    Process child =
        child(
            Map.of(
                "IT_CORS_ORIGINS",
                "https://env.example.com/",
                "IT_CORS_ADMIN_PATTERNS",
                ADMIN_PATTERN));
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(3);
    assertThat(output)
        .startsWith("REFUSED")
        .contains(
            StartUpLines.exact(
                ORIGINS + " (environment IT_CORS_ORIGINS) entry 1 \"https://env.example.com/\"",
                Message.MALFORMED_ORIGIN_PATH,
                "https://env.example.com/",
                "use \"https://env.example.com\""));
  }

  @Test
  void withoutGuavaConfiguredPatternsRefuseStartUpRatherThanSkipARule() throws Exception {
    Process child =
        child(
            Map.of(
                "IT_CORS_ORIGINS",
                "https://env.example.com",
                "IT_CORS_ADMIN_PATTERNS",
                ADMIN_PATTERN),
            true);
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output)
        .startsWith("REFUSED")
        .contains(
            StartUpLines.exact(
                PATTERNS
                    + " (environment IT_CORS_ADMIN_PATTERNS) entry 1 \""
                    + ADMIN_PATTERN
                    + "\"",
                Message.PUBLIC_SUFFIXES_UNKNOWN,
                ADMIN_PATTERN))
        .as("configured exact origins need no suffix list")
        .doesNotContain("[public-suffix-pattern] " + ORIGINS);
    assertThat(child.exitValue()).isEqualTo(3);
  }

  @Test
  void logsTheOriginsInForceWithTheirSourceOncePerPolicy() throws Exception {
    System.setProperty(ORIGINS, "https://staging.example.com,http://localhost:5173");
    System.setProperty(PATTERNS, ADMIN_PATTERN);
    List<String> lines;
    try (LogCapture log = LogCapture.of("dev.credcors.jaxrs", Level.ALL);
        ServerFixture server = kind().start(new ConfiguredApplication())) {
      Http.send(server.base(), "GET", "/configured", "Origin", "http://localhost:5173");
      lines = log.messages();
    }
    assertThat(lines)
        .filteredOn(
            line -> line.startsWith("credcors: dev.credcors.it.configured.ConfiguredResource"))
        .containsExactlyInAnyOrder(
            "credcors: dev.credcors.it.configured.ConfiguredResource GET /configured, POST"
                + " /configured allow https://app.example.com (annotation),"
                + " https://staging.example.com (it.cors.origins from system property),"
                + " http://localhost:5173 (it.cors.origins from system property); fixed until the"
                + " application stops",
            "credcors: dev.credcors.it.configured.ConfiguredResource DELETE /configured/{id} allow "
                + ADMIN_PATTERN
                + " (it.cors.admin-patterns from system property); fixed until the application"
                + " stops");
    // @SuppressWarnings("credcors:loopback-origin") on the resource holds at start-up too.
    assertThat(lines).noneMatch(line -> line.contains("[loopback-origin]"));
  }

  static Stream<Arguments> errorRules() {
    String o = ORIGINS + " (system property) entry 1 ";
    String p = PATTERNS + " (system property) entry 1 ";
    return Stream.of(
        Arguments.of(
            "wildcard-origin",
            ORIGINS,
            "*",
            Pattern.compile(
                Pattern.quote(StartUpLines.exact(o + "\"*\"", Message.WILDCARD_ORIGIN_STAR)))),
        Arguments.of(
            "null-origin",
            ORIGINS,
            "null",
            Pattern.compile(
                Pattern.quote(StartUpLines.exact(o + "\"null\"", Message.NULL_ORIGIN, "null")))),
        Arguments.of(
            "malformed-origin",
            ORIGINS,
            "HTTPS://App.example.com",
            StartUpLines.matching(
                o + "\"HTTPS://App.example.com\"",
                Message.MALFORMED_ORIGIN_UPPER_CASE,
                "HTTPS://App.example.com",
                "use \"https://app.example.com\"")),
        Arguments.of(
            "cleartext-origin",
            ORIGINS,
            "http://app.example.com",
            Pattern.compile(
                Pattern.quote(
                    StartUpLines.exact(
                        o + "\"http://app.example.com\"",
                        Message.CLEARTEXT_ORIGIN,
                        "http://app.example.com",
                        "https://app.example.com")))),
        Arguments.of(
            "wildcard-origin (pattern)",
            PATTERNS,
            "^https://.*$",
            StartUpLines.matching(
                p + "\"^https://.*$\"", Message.WILDCARD_PATTERN, "^https://.*$")),
        Arguments.of(
            "unanchored-pattern",
            PATTERNS,
            "https://admin\\.example\\.com",
            Pattern.compile(
                Pattern.quote(
                    StartUpLines.exact(
                        p + "\"https://admin\\.example\\.com\"",
                        Message.UNANCHORED_PATTERN,
                        "https://admin\\.example\\.com",
                        "^https://admin\\.example\\.com$")))),
        Arguments.of(
            "permissive-pattern",
            PATTERNS,
            "^https://admin.example\\.com$",
            StartUpLines.matching(
                p + "\"^https://admin.example\\.com$\"",
                Message.PERMISSIVE_UNESCAPED_DOT,
                null,
                "^https://admin.example\\.com$")),
        Arguments.of(
            "public-suffix-pattern",
            PATTERNS,
            "^https://[a-z0-9-]+\\.github\\.io$",
            StartUpLines.matching(
                p + "\"^https://[a-z0-9-]+\\.github\\.io$\"",
                Message.PUBLIC_SUFFIX_PATTERN,
                "github.io",
                "^https://[a-z0-9-]+\\.github\\.io$")),
        Arguments.of(
            "cleartext-origin (pattern)",
            PATTERNS,
            "^https?://admin\\.example\\.com$",
            StartUpLines.matching(
                p + "\"^https?://admin\\.example\\.com$\"",
                Message.CLEARTEXT_PATTERN,
                "http://admin.example.com",
                "^https?://admin\\.example\\.com$")),
        Arguments.of(
            "catastrophic-pattern",
            PATTERNS,
            "^https://([a-z0-9-]+\\.)*example\\.com$",
            StartUpLines.matching(
                p + "\"^https://([a-z0-9-]+\\.)*example\\.com$\"",
                Message.CATASTROPHIC_NESTED,
                "^https://([a-z0-9-]+\\.)*example\\.com$",
                "([a-z0-9-]+\\.)*")),
        Arguments.of(
            "invalid-pattern",
            PATTERNS,
            "^https://[a-z",
            StartUpLines.matching(
                p + "\"^https://[a-z\"", Message.INVALID_PATTERN, "^https://[a-z")),
        Arguments.of(
            "missing-property (empty)",
            ORIGINS,
            "  ",
            Pattern.compile(
                Pattern.quote(
                    StartUpLines.exact(
                        ORIGINS + " (system property)",
                        Message.PROPERTY_EMPTY,
                        "originsProperty",
                        ORIGINS,
                        ORIGINS,
                        "https://app.example.com,https://admin.example.com")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorRules")
  void everyErrorRuleRefusesStartUpWithTheCompilersMessage(
      String rule, String property, String value, Pattern line) {
    System.setProperty(ORIGINS, "https://staging.example.com");
    System.setProperty(PATTERNS, ADMIN_PATTERN);
    System.setProperty(property, value);
    List<String> messages = refusal();
    assertThat(messages).anySatisfy(message -> assertThat(message).containsPattern(line));
  }

  @Test
  void aMissingPropertyRefusesStartUp() {
    System.setProperty(PATTERNS, ADMIN_PATTERN);
    assertThat(refusal())
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains(
                        StartUpLines.exact(
                            ORIGINS + " (not set)",
                            Message.PROPERTY_NOT_SET,
                            "originsProperty",
                            ORIGINS,
                            "system property it.cors.origins, environment it.cors.origins,"
                                + " environment it_cors_origins, environment IT_CORS_ORIGINS",
                            ORIGINS,
                            "https://app.example.com,https://admin.example.com")));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    System.setProperty(
        ORIGINS, "*, https://ok.example.com, http://app.example.com,https://app.example.com/");
    System.setProperty(PATTERNS, "^https://admin.example\\.com$");
    String o = ORIGINS + " (system property) entry ";
    assertThat(refusal())
        .anySatisfy(
            message ->
                assertThat(message)
                    .startsWith(
                        "credcors refuses to start dev.credcors.it.configured.ConfiguredResource:"
                            + " its configured origins break 4 rules")
                    .contains(StartUpLines.exact(o + "1 \"*\"", Message.WILDCARD_ORIGIN_STAR))
                    .contains(
                        StartUpLines.exact(
                            o + "3 \"http://app.example.com\"",
                            Message.CLEARTEXT_ORIGIN,
                            "http://app.example.com",
                            "https://app.example.com"))
                    .contains(
                        StartUpLines.exact(
                            o + "4 \"https://app.example.com/\"",
                            Message.MALFORMED_ORIGIN_PATH,
                            "https://app.example.com/",
                            "use \"https://app.example.com\""))
                    .contains("[permissive-pattern] " + PATTERNS + " (system property) entry 1"));
  }

  /** Starting must fail; returns the messages of the failure and its causes. */
  private List<String> refusal() {
    Throwable failure = catchThrowable(() -> kind().start(new ConfiguredApplication()).close());
    assertThat(failure).as("start-up must fail").isNotNull();
    return StartUpLines.messages(failure);
  }

  private static void assertAllowedOnly(URI base, List<String> allowed, List<String> refused)
      throws Exception {
    for (String origin : allowed) {
      HttpResponse<String> actual = Http.send(base, "GET", "/configured", "Origin", origin);
      assertThat(header(actual, "Access-Control-Allow-Origin")).as(origin).containsExactly(origin);
      assertThat(preflight(base, "/configured", origin, "POST").statusCode())
          .as(origin)
          .isEqualTo(204);
    }
    for (String origin : refused) {
      assertNoGrant(Http.send(base, "GET", "/configured", "Origin", origin));
      assertThat(preflight(base, "/configured", origin, "POST").statusCode())
          .as(origin)
          .isEqualTo(403);
    }
  }

  static HttpResponse<String> preflight(URI base, String path, String origin, String method)
      throws Exception {
    return Http.send(
        base, "OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method);
  }

  /** The method policy takes its origins from the pattern property only. */
  private static void assertAdminPatternInForce(URI base) throws Exception {
    assertThat(
            preflight(base, "/configured/7", "https://admin-42.example.com", "DELETE").statusCode())
        .isEqualTo(204);
    assertThat(preflight(base, "/configured/7", "https://app.example.com", "DELETE").statusCode())
        .isEqualTo(403);
  }

  /** This kind's server in a JVM of its own, with {@code environment} added to ours. */
  private Process child(Map<String, String> environment) throws Exception {
    return child(environment, false);
  }

  /** The same, and without Guava (the optional Public Suffix List) when {@code withoutGuava}. */
  private Process child(Map<String, String> environment, boolean withoutGuava) throws Exception {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    if (withoutGuava) {
      classPath =
          Stream.of(classPath.split(File.pathSeparator))
              .filter(entry -> !entry.contains("com/google/guava/"))
              .collect(Collectors.joining(File.pathSeparator));
    }
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classPath,
            "-D" + ServerFixture.KIND_PROPERTY + "=" + ServerFixture.chosenName(),
            ChildServer.class.getName());
    builder.environment().putAll(environment);
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }
}
