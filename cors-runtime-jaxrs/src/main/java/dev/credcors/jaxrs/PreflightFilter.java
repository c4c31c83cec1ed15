package dev.credcors.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * Answers CORS preflights to annotated paths before resource matching and before authentication
 * filters, so a preflight (which by design carries no credentials, Fetch section 3.2.2) never
 * reaches resource code and is never rejected for lacking them. Jersey's and RESTEasy's automatic
 * {@code OPTIONS} handling knows nothing of the policies, so it must not get the chance.
 *
 * <p>It also does the write guard's part that must come before any method override filter: it
 * records a write's method as sent and, where a read on the write's path has no guard stage of its
 * own, judges the write there ({@link #guardOverridableWrite}). Reads, and preflights to paths no
 * policy governs, pass through untouched. {@link CredentialedCorsFeature} registers it with {@link
 * CorsPriorities#PREFLIGHT}.
 */
@PreMatching
final class PreflightFilter implements ContainerRequestFilter {

  private final PreflightRouter router;

  PreflightFilter(PreflightRouter router) {
    this.router = router;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String method = methodOf(request); // read once: the write guard's part and the preflight test
    if (method != null && !HttpMethod.OPTIONS.equals(method)) {
      if (!WriteGuard.isSafe(method)) {
        rememberUnsafeMethod(request, method);
        guardOverridableWrite(request, method);
      }
      return; // not a preflight
    }
    Preflight answer;
    try {
      // A method that cannot be read is a request no policy can be consulted about.
      answer = method == null ? Preflight.DENIED_UNROUTED : answer(request);
    } catch (RuntimeException e) {
      // A header or path no policy could even be consulted about: fail closed, never a 5xx.
      answer = Preflight.DENIED_UNROUTED;
    }
    if (answer != null) {
      request.abortWith(toResponse(answer));
    }
  }

  private static String methodOf(ContainerRequestContext request) {
    try {
      return request.getMethod();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Records a write's method as it arrived, before any later pre-matching filter (Jersey's {@code
   * HttpMethodOverrideFilter} runs at {@code HEADER_DECORATOR + 50}) can turn it into a {@code GET}
   * that the write guard would wave through. Reads are not recorded: a read turned into a write is
   * judged by the method it became.
   */
  private static void rememberUnsafeMethod(ContainerRequestContext request, String method) {
    try {
      request.setProperty(WriteGuard.ORIGINAL_METHOD_PROPERTY, method);
    } catch (RuntimeException e) {
      // Nothing recorded: the guard then judges the method that was matched.
    }
  }

  /**
   * Judges a write here, before any pre-matching override filter can turn it into a read, when a
   * read on its path has no write guard stage of its own ({@link EndpointBinder} binds none to the
   * reads of a resource whose every write is governed, so that reads pay nothing for the guard).
   * The write is judged by its own policy where one governs it on this path (as its own guard stage
   * will judge it again after matching), else by the policy of each read it could become, and
   * refused as the guard refuses. A write whose request URI cannot be read here is refused: it
   * cannot be shown not to become such a read.
   */
  private void guardOverridableWrite(ContainerRequestContext request, String method) {
    if (router.isEmpty()) {
      return;
    }
    try {
      UriInfo uri = request.getUriInfo();
      Route route =
          router.route(withoutMatrixParameters(encodedPath(uri.getBaseUri(), uri.getRequestUri())));
      if (route == null) {
        return;
      }
      for (Route.Binding judge : route.overridableWriteJudges(method)) {
        if (CorsFilters.refusedWrite(judge.endpoint(), request)) {
          return;
        }
      }
    } catch (RuntimeException e) {
      request.abortWith(toResponse(Preflight.DENIED_UNROUTED));
    }
  }

  /** The answer to an {@code OPTIONS} request, or {@code null} to let it through. */
  private Preflight answer(ContainerRequestContext request) {
    MultivaluedMap<String, String> headers = request.getHeaders();
    List<String> origin = headers.get(CorsHeaders.ORIGIN);
    List<String> method = headers.get(CorsHeaders.REQUEST_METHOD);
    // Fetch section 3.2.2: a CORS-preflight request is an OPTIONS request with an Origin and an
    // Access-Control-Request-Method header; any other OPTIONS request is the application's.
    if (origin == null || method == null || router.isEmpty()) {
      return null;
    }
    UriInfo uri = request.getUriInfo();
    Route route =
        router.route(withoutMatrixParameters(encodedPath(uri.getBaseUri(), uri.getRequestUri())));
    Route.Binding binding = route == null ? null : route.binding(CorsHeaders.single(method));
    if (binding == null) {
      return null;
    }
    List<String> requestHeaders = headers.get(CorsHeaders.REQUEST_HEADERS);
    Preflight answer =
        Preflight.decide(
            binding,
            origin,
            method,
            requestHeaders,
            headers.get(CorsHeaders.REQUEST_PRIVATE_NETWORK));
    if (answer.denial() != null) {
      DenialLog.get()
          .preflight(binding.endpoint(), answer.denial(), origin, method, requestHeaders);
    }
    return answer;
  }

  /**
   * The request path relative to the application, still encoded: what {@code getPath(false)}
   * returns, worked out from the raw URIs because Quarkus REST refuses {@code getPath(false)} ("We
   * do not support non-decoded parameters"). Matching must see the encoded path, as Jakarta REST's
   * does (specification section 3.7.3), so that an encoded slash stays inside its segment.
   */
  static String encodedPath(URI baseUri, URI requestUri) {
    String request = requestUri.getRawPath();
    String base = baseUri.getRawPath();
    return base != null && request.startsWith(base) ? request.substring(base.length()) : request;
  }

  /**
   * Matrix parameters ({@code /items;v=2/42}) do not take part in matching: a {@code @Path} value
   * must not contain them (Jakarta REST {@code @Path} Javadoc), so they are cut from each segment.
   */
  static String withoutMatrixParameters(String path) {
    int semicolon = path.indexOf(';');
    if (semicolon < 0) {
      return path;
    }
    StringBuilder stripped = new StringBuilder(path.length());
    int i = 0;
    while (semicolon >= 0) {
      stripped.append(path, i, semicolon);
      int slash = path.indexOf('/', semicolon);
      if (slash < 0) {
        return stripped.toString();
      }
      i = slash;
      semicolon = path.indexOf(';', i);
    }
    return stripped.append(path, i, path.length()).toString();
  }

  /**
   * The answer as a {@link Response}. The headers go straight into the built response's own header
   * map: a {@code ResponseBuilder} keeps them in a map of its own that {@code build()} copies, and
   * in Jersey every header name is lower-cased for each of those maps, which was most of a
   * preflight's cost (BENCHMARKS.md). A container whose built response refuses changes gets them
   * through the builder.
   */
  private static Response toResponse(Preflight answer) {
    Response response = withoutHeaders(answer).build();
    try {
      MultivaluedMap<String, Object> headers = response.getHeaders();
      answer.headers().forEach((name, value) -> CorsHeaders.putAbsent(headers, name, value));
      return response;
    } catch (UnsupportedOperationException e) {
      Response.ResponseBuilder builder = withoutHeaders(answer);
      answer.headers().forEach(builder::header);
      return builder.build();
    }
  }

  private static Response.ResponseBuilder withoutHeaders(Preflight answer) {
    Response.ResponseBuilder builder = Response.status(answer.status());
    if (answer.status() >= 400) {
      // An empty body, not none: Jersey in a servlet container hands an error status without an
      // entity to the container's sendError, and Jetty's (Dropwizard's) then replaces every
      // header, Vary included, with its error page's own.
      builder.entity("").type(MediaType.TEXT_PLAIN_TYPE);
    }
    return builder;
  }
}
