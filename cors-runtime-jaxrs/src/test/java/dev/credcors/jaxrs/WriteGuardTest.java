package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.credcors.jaxrs.WriteGuard.Verdict;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The write guard's decision table, row by row (README, docs/RUNTIME.md). */
class WriteGuardTest {

  private static final URI API = URI.create("https://api.example.com/items");
  private static final String APP = "https://app.example.com";

  private static final CorsPolicy SAME_SITE =
      CorsPolicy.builder().exactOrigins(APP).allowSameSiteWrites(true).build();
  private static final CorsPolicy GUARD_OFF =
      CorsPolicy.builder().exactOrigins(APP).refuseCrossSiteWrites(false).build();

  private static Verdict decide(
      CorsPolicy policy, String method, List<String> origin, List<String> site) {
    return WriteGuard.decide(policy, method, null, origin, site, API);
  }

  private static Verdict post(List<String> origin, List<String> site) {
    return decide(Policies.APP, "POST", origin, site);
  }

  // ---- row 1

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void row1SafeMethodsPassWhatever(String method) {
    assertThat(decide(Policies.APP, method, List.of("https://evil.test"), List.of("cross-site")))
        .isEqualTo(Verdict.SAFE_METHOD);
    assertThat(decide(Policies.APP, method, List.of("null"), null)).isEqualTo(Verdict.SAFE_METHOD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "PROPFIND", "get", "post", ""})
  void everyOtherMethodIsAWrite(String method) {
    assertThat(decide(Policies.APP, method, List.of("https://evil.test"), List.of("cross-site")))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
  }

  // ---- row 2

  @Test
  void row2AllowedOriginPassesEvenCrossSite() {
    assertThat(post(List.of(APP), List.of("cross-site"))).isEqualTo(Verdict.ALLOWED_ORIGIN);
    assertThat(post(List.of("https://pr-7.preview.example.com"), List.of("cross-site")))
        .isEqualTo(Verdict.ALLOWED_ORIGIN);
    assertThat(post(List.of(APP), null)).isEqualTo(Verdict.ALLOWED_ORIGIN);
  }

  @Test
  void row2PolicyOfTheMethodDecides() {
    CorsPolicy admin = CorsPolicy.builder().exactOrigins("https://admin.example.com").build();
    assertThat(decide(admin, "DELETE", List.of(APP), List.of("cross-site")))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
  }

  // ---- row 3

  @Test
  void row3SameOriginOrUserInitiatedPasses() {
    assertThat(post(List.of("https://api.example.com"), List.of("same-origin")))
        .isEqualTo(Verdict.SAME_ORIGIN_FETCH);
    assertThat(post(null, List.of("none"))).isEqualTo(Verdict.SAME_ORIGIN_FETCH);
  }

  // ---- row 4

  @Test
  void row4SameSiteIsRefusedUnlessThePolicyOptsIn() {
    List<String> blog = List.of("https://blog.example.com");
    assertThat(post(blog, List.of("same-site"))).isEqualTo(Verdict.SAME_SITE_REFUSED);
    assertThat(decide(SAME_SITE, "POST", blog, List.of("same-site")))
        .isEqualTo(Verdict.SAME_SITE_ALLOWED);
    // Opting in to same-site writes lets nothing cross-site through.
    assertThat(decide(SAME_SITE, "POST", List.of("https://evil.test"), List.of("cross-site")))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
  }

  // ---- row 5

  @ParameterizedTest
  @ValueSource(
      strings = {"cross-site", "Same-Origin", "SAME-ORIGIN", "same-origin ", "", "same_site", "*"})
  void row5CrossSiteAndEveryUnknownValueIsRefused(String site) {
    assertThat(post(List.of("https://evil.test"), List.of(site)))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
    assertThat(post(null, List.of(site))).isEqualTo(Verdict.CROSS_SITE_FETCH);
  }

  @Test
  void row5RepeatedSecFetchSiteIsRefused() {
    assertThat(post(null, List.of("same-origin", "same-origin")))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
    assertThat(post(null, List.of("none", "cross-site"))).isEqualTo(Verdict.CROSS_SITE_FETCH);
    assertThat(post(null, List.of())).isEqualTo(Verdict.CROSS_SITE_FETCH);
  }

  // ---- row 6

  @Test
  void row6NeitherHeaderIsNotABrowserAndPasses() {
    assertThat(post(null, null)).isEqualTo(Verdict.NOT_FROM_A_BROWSER);
  }

  // ---- row 7

  @Test
  void row7NullOriginIsRefused() {
    assertThat(post(List.of("null"), null)).isEqualTo(Verdict.NULL_ORIGIN);
  }

  // ---- row 8

  @Test
  void row8OwnOriginWithoutSecFetchSitePasses() {
    assertThat(post(List.of("https://api.example.com"), null)).isEqualTo(Verdict.OWN_ORIGIN);
    assertThat(
            WriteGuard.decide(
                Policies.APP,
                "POST",
                null,
                List.of("http://127.0.0.1:8080"),
                null,
                URI.create("http://127.0.0.1:8080/api/items")))
        .isEqualTo(Verdict.OWN_ORIGIN);
    assertThat(
            WriteGuard.decide(
                Policies.APP,
                "PUT",
                null,
                List.of("http://[::1]:8080"),
                null,
                URI.create("http://[::1]:8080/x")))
        .isEqualTo(Verdict.OWN_ORIGIN);
  }

  @Test
  void ownOriginIsSerializedAsBrowsersDo() {
    assertThat(WriteGuard.ownOrigin(URI.create("https://API.Example.com:443/a?b")))
        .isEqualTo("https://api.example.com");
    assertThat(WriteGuard.ownOrigin(URI.create("http://localhost:80/")))
        .isEqualTo("http://localhost");
    assertThat(WriteGuard.ownOrigin(URI.create("http://localhost:8443/")))
        .isEqualTo("http://localhost:8443");
    assertThat(WriteGuard.ownOrigin(URI.create("/relative"))).isNull();
    assertThat(WriteGuard.ownOrigin(null)).isNull();
  }

  @Test
  void ownOriginCheckWithoutBuildingTheStringAgreesWithTheSerialization() {
    List<String> uris =
        List.of(
            "https://API.Example.com:443/a",
            "http://localhost:80/",
            "http://localhost:0/",
            "http://localhost:9/",
            "http://127.0.0.1:8080/x",
            "HTTP://Localhost:65535/",
            "http://[::1]:8080/x",
            "https://example.com/");
    List<String> origins =
        List.of(
            "https://api.example.com",
            "http://localhost",
            "http://localhost:0",
            "http://localhost:9",
            "http://127.0.0.1:8080",
            "http://localhost:65535",
            "http://[::1]:8080",
            "https://example.com",
            "https://example.con",
            "https://Example.com",
            "http://localhost:90",
            "https://app.example.com.evil.test");
    for (String uri : uris) {
      for (String origin : origins) {
        String own = WriteGuard.ownOrigin(URI.create(uri));
        assertThat(WriteGuard.isOwnOrigin(origin, URI.create(uri)))
            .as("%s on %s", origin, uri)
            .isEqualTo(origin.equals(own));
      }
    }
    URI local = URI.create("http://localhost:8080/");
    assertThat(WriteGuard.isOwnOrigin("http://localhost:8080", local)).isTrue();
    assertThat(WriteGuard.isOwnOrigin("http://localhost:8081", local)).isFalse();
    assertThat(WriteGuard.isOwnOrigin(null, URI.create("http://localhost/"))).isFalse();
    assertThat(WriteGuard.isOwnOrigin("http://localhost", URI.create("/relative"))).isFalse();
  }

  // ---- row 9

  @Test
  void row9PortOrSchemeMismatchIsNotTheOwnOrigin() {
    for (String origin :
        List.of(
            "https://api.example.com:8443",
            "http://api.example.com",
            "https://api.example.com:443",
            "https://API.example.com",
            "https://api.example.com/",
            "https://api.example.com.evil.test",
            "https://evil.test")) {
      assertThat(post(List.of(origin), null)).as(origin).isEqualTo(Verdict.OTHER_ORIGIN);
    }
  }

  @Test
  void row9RepeatedOrEmptyOriginIsRefused() {
    assertThat(post(List.of(APP, APP), null)).isEqualTo(Verdict.OTHER_ORIGIN);
    assertThat(post(List.of("https://api.example.com", "https://api.example.com"), null))
        .isEqualTo(Verdict.OTHER_ORIGIN);
    assertThat(post(List.of(""), null)).isEqualTo(Verdict.OTHER_ORIGIN);
    assertThat(post(List.of(), null)).isEqualTo(Verdict.OTHER_ORIGIN);
    assertThat(post(List.of("https://" + "a".repeat(10_000) + ".example.com"), null))
        .isEqualTo(Verdict.OTHER_ORIGIN);
  }

  // ---- switches and overrides

  @Test
  void guardOffLetsEveryWriteThrough() {
    assertThat(decide(GUARD_OFF, "POST", List.of("https://evil.test"), List.of("cross-site")))
        .isEqualTo(Verdict.GUARD_OFF);
    assertThat(decide(GUARD_OFF, "POST", List.of("null"), null)).isEqualTo(Verdict.GUARD_OFF);
  }

  @Test
  void aWriteOverriddenIntoAReadIsStillAWrite() {
    assertThat(
            WriteGuard.decide(
                Policies.APP,
                "GET",
                "POST",
                List.of("https://evil.test"),
                List.of("cross-site"),
                API))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
    assertThat(WriteGuard.decide(Policies.APP, "GET", "POST", List.of("null"), null, API))
        .isEqualTo(Verdict.NULL_ORIGIN);
    // A read overridden into a write is judged as the write it became.
    assertThat(
            WriteGuard.decide(
                Policies.APP,
                "DELETE",
                null,
                List.of("https://evil.test"),
                List.of("cross-site"),
                API))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
  }

  @Test
  void everyVerdictNamesItsRow() {
    assertThat(Verdict.values())
        .filteredOn(v -> v != Verdict.GUARD_OFF)
        .extracting(Verdict::row)
        .containsExactly(1, 2, 3, 4, 4, 5, 6, 7, 8, 9);
    assertThat(Verdict.values())
        .filteredOn(v -> !v.passes())
        .containsExactlyInAnyOrder(
            Verdict.SAME_SITE_REFUSED,
            Verdict.CROSS_SITE_FETCH,
            Verdict.NULL_ORIGIN,
            Verdict.OTHER_ORIGIN);
  }

  // ---- the filter around the decision

  // ---- the request as Jakarta REST presents it (the 403 itself: CorsSuite, on real servers)

  @Test
  void judgesTheHeadersOfARealRequest() {
    Request request = new Request("POST", API);
    request.headers.add("Origin", "https://evil.test");
    request.headers.add("Sec-Fetch-Site", "cross-site");
    assertThat(WriteGuard.judge(Policies.APP, request.context()))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
    request.headers.putSingle("Origin", APP);
    assertThat(WriteGuard.judge(Policies.APP, request.context())).isEqualTo(Verdict.ALLOWED_ORIGIN);
  }

  @Test
  void readsNoHeaderOfARead() {
    Request read = new Request("GET", null); // any look at the URI would throw
    read.headers.add("Sec-Fetch-Site", "cross-site");
    assertThat(WriteGuard.judge(Policies.APP, read.context())).isEqualTo(Verdict.SAFE_METHOD);
  }

  @Test
  void readsTheOriginalMethodThePreflightFilterRecorded() {
    Request overridden = new Request("GET", API);
    overridden.properties.put(WriteGuard.ORIGINAL_METHOD_PROPERTY, "POST");
    overridden.headers.add("Sec-Fetch-Site", "cross-site");
    assertThat(WriteGuard.judge(Policies.APP, overridden.context()))
        .isEqualTo(Verdict.CROSS_SITE_FETCH);
  }

  @Test
  void aWriteThatCannotBeJudgedIsRefusedWithoutThrowing() {
    Request broken = new Request("POST", null); // getUriInfo().getRequestUri() throws
    broken.headers.add("Origin", "https://api.example.com");
    assertThat(WriteGuard.judge(Policies.APP, broken.context()).passes()).isFalse();
  }

  /** A ContainerRequestContext with just what the guard reads. */
  private static final class Request {
    final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    final Map<String, Object> properties = new HashMap<>();
    private final String method;
    private final URI uri;

    Request(String method, URI uri) {
      this.method = method;
      this.uri = uri;
    }

    ContainerRequestContext context() {
      UriInfo uriInfo =
          (UriInfo)
              Proxy.newProxyInstance(
                  UriInfo.class.getClassLoader(),
                  new Class<?>[] {UriInfo.class},
                  (proxy, m, args) -> {
                    if (m.getName().equals("getRequestUri") && uri != null) {
                      return uri;
                    }
                    throw new IllegalStateException(m.getName());
                  });
      return (ContainerRequestContext)
          Proxy.newProxyInstance(
              ContainerRequestContext.class.getClassLoader(),
              new Class<?>[] {ContainerRequestContext.class},
              (proxy, m, args) ->
                  switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeaders" -> headers;
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getUriInfo" -> uriInfo;
                    default -> throw new UnsupportedOperationException(m.getName());
                  });
    }
  }
}
