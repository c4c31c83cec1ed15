package dev.credcors.bench.decision;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Spring's mock servlet request and response for one {@link RequestCase}, reused between
 * invocations like {@link dev.credcors.bench.jaxrs.StubRequestContext}: only the {@code Origin}
 * value is new each time.
 */
final class SpringExchange {

  final FreshOriginRequest request;
  final MockHttpServletResponse response = new MockHttpServletResponse();

  SpringExchange(RequestCase requestCase, String path) {
    request = new FreshOriginRequest(requestCase.method(), "/" + path);
    if (requestCase.freshOrigin() != null) {
      // Listed so that getHeaderNames() reports it; the value comes from the override below.
      request.addHeader(HttpHeaders.ORIGIN, "placeholder");
    }
    if (requestCase.requestMethod() != null) {
      request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, requestCase.requestMethod());
    }
    if (requestCase.requestHeaders() != null) {
      request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, requestCase.requestHeaders());
    }
  }

  /** Starts a new exchange with this {@code Origin}, as a servlet container would. */
  SpringExchange reset(String origin) {
    request.origin = origin;
    // A rejected request flushes (commits) the response; a container would start a fresh one.
    response.setCommitted(false);
    response.reset();
    return this;
  }

  /** A mock request whose {@code Origin} is a new string per exchange, like the JAX-RS stub's. */
  static final class FreshOriginRequest extends MockHttpServletRequest {
    private String origin;

    FreshOriginRequest(String method, String uri) {
      super(method, uri);
    }

    @Override
    public String getHeader(String name) {
      return HttpHeaders.ORIGIN.equalsIgnoreCase(name) ? origin : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (HttpHeaders.ORIGIN.equalsIgnoreCase(name)) {
        return origin == null
            ? Collections.emptyEnumeration()
            : Collections.enumeration(List.of(origin));
      }
      return super.getHeaders(name);
    }
  }
}
