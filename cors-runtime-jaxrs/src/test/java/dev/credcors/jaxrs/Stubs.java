package dev.credcors.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Request and response contexts as a container hands them to filters, enough of them for the
 * filters under test; any other call fails loudly (and the filters must survive that too).
 */
final class Stubs {

  private Stubs() {}

  /** A request to {@code http://127.0.0.1:8080/<path>} and what a filter aborted it with. */
  static final class Request {
    final ContainerRequestContext context;
    Response aborted;

    Request(String method, String path, MultivaluedMap<String, String> headers) {
      URI uri = URI.create("http://127.0.0.1:8080/");
      URI requestUri = URI.create("http://127.0.0.1:8080/" + safe(path));
      UriInfo uriInfo =
          proxy(
              UriInfo.class,
              Map.of(
                  "getPath", args -> path,
                  "getRequestUri", args -> requestUri,
                  "getBaseUri", args -> uri));
      Map<String, Object> properties = new HashMap<>();
      this.context =
          proxy(
              ContainerRequestContext.class,
              Map.of(
                  "getMethod", args -> method,
                  "getHeaders", args -> headers,
                  "getHeaderString", args -> join(headers.get((String) args[0])),
                  "getUriInfo", args -> uriInfo,
                  "getProperty", args -> properties.get((String) args[0]),
                  "setProperty", args -> properties.put((String) args[0], args[1]),
                  "abortWith",
                      args -> {
                        aborted = (Response) args[0];
                        return null;
                      }));
    }
  }

  /** A response carrying {@code headers}, as resource code left them. */
  static final class Reply {
    final ContainerResponseContext context;
    final MultivaluedMap<String, Object> headers;
    int status = 200;
    Object entity;

    Reply(MultivaluedMap<String, Object> headers) {
      this.headers = headers;
      this.context =
          proxy(
              ContainerResponseContext.class,
              Map.of(
                  "getHeaders", args -> headers,
                  "getStringHeaders", args -> strings(headers),
                  "getStatus", args -> status,
                  "setStatus",
                      args -> {
                        status = (Integer) args[0];
                        return null;
                      },
                  "setEntity",
                      args -> {
                        entity = args[0];
                        return null;
                      }));
    }
  }

  private interface Answer {
    Object answer(Object[] args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Map<String, Answer> answers) {
    return (T)
        Proxy.newProxyInstance(
            Stubs.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              Answer answer = answers.get(method.getName());
              if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answer.answer(args);
            });
  }

  private static MultivaluedMap<String, String> strings(MultivaluedMap<String, Object> headers) {
    MultivaluedMap<String, String> out = new MultivaluedHashMap<>();
    headers.forEach(
        (name, values) -> values.forEach(v -> out.add(name, v == null ? null : v.toString())));
    return out;
  }

  private static String join(List<String> values) {
    return values == null ? null : String.join(",", values);
  }

  /** A path that is always a valid URI, whatever the test generated. */
  private static String safe(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.toCharArray()) {
      out.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' ? c : 'x');
    }
    return out.toString().replaceFirst("^/+", "");
  }
}
