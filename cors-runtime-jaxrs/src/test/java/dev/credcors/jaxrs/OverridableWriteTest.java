package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The pre-matching router's part of the write guard: where a read has no guard stage of its own, a
 * write is judged before an override filter could turn it into that read. Real servers with an
 * override filter: {@code WriteGuardSuite}.
 */
class OverridableWriteTest {

  private static final String EVIL = "https://evil.test";
  private static final String APP = "https://app.example.com";
  private static final String ADMIN = "https://admin.example.com";

  private static final CorsPolicy ADMIN_ONLY =
      CorsPolicy.builder()
          .exactOrigins(ADMIN)
          .allowHeaders("Content-Type")
          .maxAge(600)
          .vary("Origin")
          .allowPrivateNetwork(false)
          .build();

  private final PreflightRouter router = new PreflightRouter();
  private final PreflightFilter filter = new PreflightFilter(router);

  OverridableWriteTest() {
    // A resource whose every write is governed: its read has no guard stage.
    add("/items", "{id}", "GET", Policies.APP, false);
    add("/items", "{id}", "DELETE", ADMIN_ONLY, true);
    // A resource with an ungoverned write: its read keeps its own stage.
    add("/mixed", "", "GET", Policies.APP, true);
    router.add("/mixed", "", "POST", null, "Mixed#post", true);
  }

  private void add(
      String classPath, String methodPath, String method, CorsPolicy policy, boolean stage) {
    CorsEndpoint endpoint =
        CorsEndpoint.of("m()", method, classPath + "/" + methodPath, method, policy);
    router.add(classPath, methodPath, method, endpoint, classPath + "#" + method, stage);
  }

  private Stubs.Request send(String method, String path, String origin) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    headers.add("Origin", origin);
    headers.add("Sec-Fetch-Site", "cross-site");
    Stubs.Request request = new Stubs.Request(method, path, headers);
    filter.filter(request.context);
    return request;
  }

  @Test
  void aForgedWriteToAPathWhoseReadHasNoStageIsRefusedBeforeAnyOverride() {
    // No POST is served on /items/42: without an override this would be a 405; with one, the read.
    Stubs.Request forged = send("POST", "items/42", EVIL);
    assertThat(forged.aborted).isNotNull();
    assertThat(forged.aborted.getStatus()).isEqualTo(403);
    assertThat(forged.aborted.getHeaderString("Vary")).isEqualTo("Origin");
    assertThat(forged.aborted.getHeaderString("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void aWriteFromAnOriginTheReadAllowsPasses() {
    assertThat(send("POST", "items/42", APP).aborted).isNull();
  }

  @Test
  void aGovernedWriteIsJudgedByItsOwnPolicyNotTheRead() {
    // The admin page may delete, though the read's policy does not list it...
    assertThat(send("DELETE", "items/42", ADMIN).aborted).isNull();
    // ...and the app's page may read but not delete.
    assertThat(send("DELETE", "items/42", APP).aborted).isNotNull();
  }

  @Test
  void aReadWithItsOwnStageLeavesAnUngovernedWriteAlone() {
    assertThat(send("POST", "mixed", EVIL).aborted).isNull();
  }

  @Test
  void readsAndUnroutedWritesAreNotLookedAt() {
    Stubs.Request read = send("GET", "items/42", EVIL);
    assertThat(read.aborted).isNull();
    assertThat(read.context.getProperty(WriteGuard.ORIGINAL_METHOD_PROPERTY)).isNull();
    assertThat(send("POST", "elsewhere", EVIL).aborted).isNull();
  }

  @Test
  void theWritesMethodIsRecordedForTheStagesAfterMatching() {
    Stubs.Request write = send("POST", "mixed", EVIL);
    assertThat(write.context.getProperty(WriteGuard.ORIGINAL_METHOD_PROPERTY)).isEqualTo("POST");
  }

  @Test
  void aWriteWhosePathCannotBeReadIsRefused() {
    Response[] aborted = new Response[1];
    ContainerRequestContext broken =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getMethod" -> "POST";
                      case "setProperty" -> null;
                      case "abortWith" -> aborted[0] = (Response) args[0];
                      default -> throw new IllegalStateException("the URI cannot be built");
                    });
    filter.filter(broken);
    assertThat(aborted[0]).isNotNull();
    assertThat(aborted[0].getStatus()).isEqualTo(403);
  }
}
