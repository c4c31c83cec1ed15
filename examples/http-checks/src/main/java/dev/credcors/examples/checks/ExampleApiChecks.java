package dev.credcors.examples.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every server running the example API ({@code examples/api}) must answer, over real HTTP:
 * preflights from allowed and other origins, the method-level policy, actual requests with and
 * without a grant, {@code Vary}, and an authentication failure the page can still read. A stack's
 * test starts its server on 127.0.0.1 and says where it listens in {@link #baseUri()}; the checks
 * themselves are written once, here.
 */
public abstract class ExampleApiChecks {

  /** The production app: listed by every class policy of the example API. */
  protected static final String APP = "https://app.example.com";

  /** The back-office console: the only origin that may delete an item. */
  protected static final String ADMIN = "https://admin.example.com";

  /** The app's development server: allowed through configuration, not the annotation. */
  protected static final String APP_DEV = "http://localhost:5173";

  /** The console's development server: allowed through configuration, for deleting only. */
  protected static final String ADMIN_DEV = "http://localhost:5174";

  /** An attacker's page whose name starts with the allowed origin. */
  protected static final String LOOK_ALIKE = "https://app.example.com.evil.test";

  private static final String PREFLIGHT_VARY =
      "origin, access-control-request-method, access-control-request-headers";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final Pattern COUNT = Pattern.compile("\"count\":([0-9]+)");

  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");

  /** Where the example API listens, e.g. {@code http://127.0.0.1:43117/}. */
  protected abstract URI baseUri();

  @Test
  void preflightFromAnAllowedOriginIsAnswered() throws Exception {
    HttpResponse<String> preflight =
        preflight("/api/profile", APP, "PUT", "content-type,authorization");

    assertThat(preflight.statusCode()).isEqualTo(204);
    assertGranted(preflight, APP);
    assertThat(names(preflight, "Access-Control-Allow-Methods")).contains("get", "put");
    assertThat(names(preflight, "Access-Control-Allow-Headers"))
        .contains("content-type", "authorization");
    assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).isPresent();
    assertThat(String.join(", ", names(preflight, "Vary"))).isEqualTo(PREFLIGHT_VARY);
  }

  /** An origin the policy does not list, and an allowed origin asking for a header it does not. */
  @ParameterizedTest
  @CsvSource({LOOK_ALIKE + ", content-type", APP + ", x-debug"})
  void preflightThePolicyDoesNotAllowIsRefused(String origin, String requestHeader)
      throws Exception {
    HttpResponse<String> preflight = preflight("/api/profile", origin, "PUT", requestHeader);

    assertThat(preflight.statusCode()).isEqualTo(403);
    assertNoGrant(preflight);
    assertThat(String.join(", ", names(preflight, "Vary"))).isEqualTo(PREFLIGHT_VARY);
  }

  @Test
  void methodLevelPolicyReplacesTheClassPolicy() throws Exception {
    HttpResponse<String> fromApp = preflight("/api/items/42", APP, "DELETE");
    HttpResponse<String> fromAdmin = preflight("/api/items/42", ADMIN, "DELETE");
    HttpResponse<String> readFromApp = preflight("/api/items/42", APP, "GET");

    assertThat(fromApp.statusCode()).isEqualTo(403);
    assertNoGrant(fromApp);
    assertThat(fromAdmin.statusCode()).isEqualTo(204);
    assertGranted(fromAdmin, ADMIN);
    assertThat(names(fromAdmin, "Access-Control-Allow-Methods")).containsExactly("delete");
    assertThat(readFromApp.statusCode()).isEqualTo(204);
    assertGranted(readFromApp, APP);
  }

  /**
   * The development servers' origins are not in the annotations: they come from the configuration
   * properties the policies name ({@code credcors.example.app-origins} and {@code
   * credcors.example.admin-origins}), which each stack's test sets its own way.
   */
  @Test
  void originsFromConfigurationJoinTheAnnotatedOnes() throws Exception {
    HttpResponse<String> appDev = preflight("/api/profile", APP_DEV, "PUT", "content-type");
    HttpResponse<String> adminDev = preflight("/api/items/42", ADMIN_DEV, "DELETE");
    HttpResponse<String> appDevDeleting = preflight("/api/items/42", APP_DEV, "DELETE");

    assertThat(appDev.statusCode()).isEqualTo(204);
    assertGranted(appDev, APP_DEV);
    assertThat(adminDev.statusCode()).isEqualTo(204);
    assertGranted(adminDev, ADMIN_DEV);
    assertThat(appDevDeleting.statusCode()).isEqualTo(403);
    assertNoGrant(appDevDeleting);
  }

  @Test
  void signInFromAnAllowedOriginIsGranted() throws Exception {
    HttpResponse<String> signIn =
        send(
            "POST",
            "/api/session",
            "{\"user\":\"alice\",\"password\":\"wonderland\"}",
            "Origin",
            APP,
            "Sec-Fetch-Site",
            "cross-site",
            "Content-Type",
            "application/json");

    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.body()).contains("\"user\":\"alice\"");
    assertThat(signIn.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            cookie -> assertThat(cookie).startsWith("session=").contains("SameSite=None"));
    assertGranted(signIn, APP);
  }

  /** A plain path, and one whose template has a regex path parameter ({@code {id: [0-9]+}}). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"/api/profile | \"user\":\"alice\"", "/api/items/7 | \"id\":7"})
  void actualRequestFromAnAllowedOriginIsGranted(String path, String body) throws Exception {
    HttpResponse<String> read = send("GET", path, null, "Origin", APP, "Authorization", bearer());

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains(body);
    assertGranted(read, APP);
  }

  @Test
  void actualRequestFromAnotherOriginGetsNoGrant() throws Exception {
    HttpResponse<String> profile =
        send("GET", "/api/profile", null, "Origin", LOOK_ALIKE, "Authorization", bearer());

    // The server answers (a GET changes nothing); without a grant the browser hides the answer
    // from the attacker's page.
    assertThat(profile.statusCode()).isEqualTo(200);
    assertNoGrant(profile);
    assertThat(names(profile, "Vary")).containsOnlyOnce("origin");
  }

  @Test
  void requestWithoutOriginIsUntouchedButVariesOnOrigin() throws Exception {
    HttpResponse<String> profile = send("GET", "/api/profile", null, "Authorization", bearer());

    assertThat(profile.statusCode()).isEqualTo(200);
    assertNoGrant(profile);
    assertThat(names(profile, "Vary")).containsOnlyOnce("origin");
  }

  @Test
  void authenticationFailureCarriesTheGrantSoThePageCanReadIt() throws Exception {
    HttpResponse<String> profile = send("GET", "/api/profile", null, "Origin", APP);

    assertThat(profile.statusCode()).isEqualTo(401);
    assertGranted(profile, APP);
  }

  /**
   * The cross-site write guard (DESIGN section 5): a write a browser sends from a page the policy
   * does not allow, such as a form {@code POST}, which needs no preflight, is refused before
   * resource code and before authentication, so the transfer never happens. Origins: a look-alike
   * page with and without Fetch Metadata, and the {@code null} origin of a sandboxed document.
   */
  @ParameterizedTest
  @CsvSource({LOOK_ALIKE + ", cross-site", LOOK_ALIKE + ",", "null, cross-site"})
  void forgedCrossSiteWriteIsRefusedBeforeResourceCode(String origin, String site)
      throws Exception {
    String bearer = bearer();
    int before = transferCount(bearer);
    List<String> headers =
        new ArrayList<>(
            List.of("Origin", origin, "Content-Type", "text/plain", "Authorization", bearer));
    if (site != null) {
      headers.addAll(List.of("Sec-Fetch-Site", site));
    }

    HttpResponse<String> forged =
        send("POST", "/api/transfers", "to=mallory&amount=1000", headers.toArray(String[]::new));
    HttpResponse<String> unauthenticated =
        send("POST", "/api/transfers", "to=mallory&amount=1000", "Origin", origin);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().map().keySet())
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
    assertThat(names(forged, "Vary")).containsOnlyOnce("origin");
    assertThat(unauthenticated.statusCode()).as("refused before authentication").isEqualTo(403);
    assertThat(transferCount(bearer)).isEqualTo(before);
  }

  @Test
  void writeFromAnAllowedOriginPasses() throws Exception {
    String bearer = bearer();
    int before = transferCount(bearer);

    HttpResponse<String> transfer =
        send(
            "POST",
            "/api/transfers",
            "{\"to\":\"bob\",\"amount\":5}",
            "Origin",
            APP,
            "Sec-Fetch-Site",
            "cross-site",
            "Content-Type",
            "application/json",
            "Authorization",
            bearer);

    assertThat(transfer.statusCode()).isEqualTo(200);
    assertGranted(transfer, APP);
    assertThat(transferCount(bearer)).isEqualTo(before + 1);
  }

  /** How many transfers alice has made, read without an {@code Origin} as a non-browser would. */
  private int transferCount(String bearer) throws IOException, InterruptedException {
    HttpResponse<String> list = send("GET", "/api/transfers", null, "Authorization", bearer);
    assertThat(list.statusCode()).isEqualTo(200);
    Matcher count = COUNT.matcher(list.body());
    assertThat(count.find()).as("a count in %s", list.body()).isTrue();
    return Integer.parseInt(count.group(1));
  }

  /**
   * Sends a CORS preflight: {@code OPTIONS path} from {@code origin} asking for {@code method} and,
   * if given, the request headers {@code requestHeaders} (one comma-separated value).
   */
  protected final HttpResponse<String> preflight(
      String path, String origin, String method, String... requestHeaders)
      throws IOException, InterruptedException {
    return requestHeaders.length == 0
        ? send("OPTIONS", path, null, "Origin", origin, "Access-Control-Request-Method", method)
        : send(
            "OPTIONS",
            path,
            null,
            "Origin",
            origin,
            "Access-Control-Request-Method",
            method,
            "Access-Control-Request-Headers",
            String.join(",", requestHeaders));
  }

  /** Signs alice in without an {@code Origin}, as a non-browser client does, for her token. */
  protected final String bearer() throws IOException, InterruptedException {
    HttpResponse<String> signIn =
        send(
            "POST",
            "/api/session",
            "{\"user\":\"alice\",\"password\":\"wonderland\"}",
            "Content-Type",
            "application/json");
    assertThat(signIn.statusCode()).isEqualTo(200);
    Matcher token = TOKEN.matcher(signIn.body());
    assertThat(token.find()).as("a token in %s", signIn.body()).isTrue();
    return "Bearer " + token.group(1);
  }

  /** Sends {@code method path} with an optional body and alternating header names and values. */
  protected final HttpResponse<String> send(
      String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(baseUri().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The comma-separated tokens of every {@code name} header, lower-cased, in order. */
  protected static List<String> names(HttpResponse<?> response, String name) {
    List<String> names = new ArrayList<>();
    for (String value : response.headers().allValues(name)) {
      for (String token : value.split(",")) {
        if (!token.isBlank()) {
          names.add(token.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  protected static void assertGranted(HttpResponse<?> response, String origin) {
    assertThat(response.headers().allValues("Access-Control-Allow-Origin")).containsExactly(origin);
    assertThat(response.headers().allValues("Access-Control-Allow-Credentials"))
        .containsExactly("true");
    assertThat(names(response, "Vary")).containsOnlyOnce("origin");
  }

  protected static void assertNoGrant(HttpResponse<?> response) {
    assertThat(response.headers().map().keySet())
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-allow-"));
  }
}
