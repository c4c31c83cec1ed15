package dev.credcors.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cleartext-credentials finding on allowed responses that set no cookie. */
class CookieCheckTest {

  private static final String APP = "https://app.example.com";

  private final LogCapture capture = LogCapture.of(CookieCheck.LOGGER, Level.ALL);
  private final AtomicInteger uriReads = new AtomicInteger();

  @AfterEach
  void close() {
    capture.close();
  }

  private ContainerRequestContext request(String uri) {
    URI requestUri = URI.create(uri);
    UriInfo uriInfo =
        (UriInfo)
            Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                  uriReads.incrementAndGet();
                  return requestUri;
                });
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            ContainerRequestContext.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getUriInfo")) {
                return uriInfo;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static CorsEndpoint endpoint(CookieDiagnostics mode) {
    return CorsEndpoint.of("get()", "GET", "/items", "GET", Policies.APP)
        .bound("Items#get()", mode);
  }

  @Test
  void cleartextCredentialsAreFoundInASampleAndLoggedOncePerPolicy() {
    CookieCheck check = new CookieCheck(System.getLogger(CookieCheck.LOGGER));
    CorsEndpoint endpoint = endpoint(CookieDiagnostics.LOG);
    ContainerRequestContext request = request("http://api.example.net/items");
    Stubs.Reply reply = new Stubs.Reply(new MultivaluedHashMap<>());
    for (int i = 0; i < 10_000; i++) {
      check.check(endpoint, APP, request, reply.context, false);
    }
    assertThat(capture.messages(Level.WARNING))
        .singleElement()
        .asString()
        .contains(CookieFinding.CLEARTEXT_CREDENTIALS.code());
    // One response in CLEARTEXT_SAMPLING is looked at: the URI is not read for the others.
    assertThat(uriReads.get()).isBetween(1, 10_000 / CookieCheck.CLEARTEXT_SAMPLING * 2);
  }

  @Test
  void strictModeLooksAtEveryResponse() {
    CookieCheck check = new CookieCheck(System.getLogger(CookieCheck.LOGGER));
    Stubs.Reply reply = new Stubs.Reply(new MultivaluedHashMap<>());
    check.check(
        endpoint(CookieDiagnostics.STRICT),
        APP,
        request("http://api.example.net/items"),
        reply.context,
        false);
    assertThat(reply.status).isEqualTo(500);
    assertThat(reply.entity).asString().contains(CookieFinding.CLEARTEXT_CREDENTIALS.code());
  }
}
