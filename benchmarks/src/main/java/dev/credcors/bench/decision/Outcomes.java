package dev.credcors.bench.decision;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Checks, before measuring, that an implementation decides a case correctly, so that no benchmark
 * times a misconfigured or short-circuited path.
 */
final class Outcomes {

  static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

  private Outcomes() {}

  /** {@code result} is what {@link dev.credcors.bench.jaxrs.FilterChain#exchange} returned. */
  static void checkJaxrs(String implementation, RequestCase requestCase, Object result) {
    String allowOrigin;
    int status;
    if (result instanceof Response response) {
      allowOrigin = response.getHeaderString(ALLOW_ORIGIN);
      status = response.getStatus();
    } else {
      ContainerResponseContext response = (ContainerResponseContext) result;
      allowOrigin = response.getHeaderString(ALLOW_ORIGIN);
      status = response.getStatus();
    }
    check(implementation, requestCase, allowOrigin, status);
  }

  static void checkSpring(
      RequestCase requestCase, boolean proceed, MockHttpServletResponse response) {
    check("spring", requestCase, response.getHeader(ALLOW_ORIGIN), response.getStatus());
    // processRequest returns false exactly when it rejected a CORS request.
    boolean rejected = !requestCase.allowed() && requestCase != RequestCase.NO_ORIGIN;
    if (proceed == rejected) {
      throw new IllegalStateException(
          "spring: unexpected processRequest result for " + requestCase);
    }
  }

  private static void check(
      String implementation, RequestCase requestCase, String allowOrigin, int status) {
    boolean ok =
        requestCase.allowed()
            ? requestCase.freshOrigin().equals(allowOrigin) && status < 300
            : allowOrigin == null;
    if (!ok) {
      throw new IllegalStateException(
          implementation
              + " decides "
              + requestCase
              + " wrongly: status "
              + status
              + ", Access-Control-Allow-Origin "
              + allowOrigin);
    }
  }
}
