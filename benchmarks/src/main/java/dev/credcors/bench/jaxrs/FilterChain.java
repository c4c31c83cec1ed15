package dev.credcors.bench.jaxrs;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * What a Jakarta REST container does with a request's filters, minus routing and I/O: request
 * filters in order until one aborts; then either the global response filters on the abort response
 * (Jakarta REST 3.1, section 6.7: aborted requests still pass through response filters, but a
 * pre-matching abort matched no resource method, so method-bound filters do not run), or all
 * response filters on the resource's response. A {@link WebApplicationException} ends the exchange
 * with its response, which is what the container's default exception mapping writes.
 *
 * @param requestFilters request filters in priority order
 * @param responseFilters response filters for a response the resource produced
 * @param abortResponseFilters the global response filters, which also see aborted responses
 */
public record FilterChain(
    List<ContainerRequestFilter> requestFilters,
    List<ContainerResponseFilter> responseFilters,
    List<ContainerResponseFilter> abortResponseFilters) {

  /** The entity every benchmarked resource method returns. */
  public static final String ENTITY = "42";

  /** No filters at all: what the exchange costs without CORS. */
  public static FilterChain none() {
    return new FilterChain(List.of(), List.of(), List.of());
  }

  public FilterChain {
    requestFilters = List.copyOf(requestFilters);
    responseFilters = List.copyOf(responseFilters);
    abortResponseFilters = List.copyOf(abortResponseFilters);
  }

  /**
   * Runs one exchange. The request must have been {@linkplain StubRequestContext#reset reset}.
   *
   * @return the response that would be written: the abort {@link Response}, the exception's {@link
   *     Response}, or {@code response} after the response filters
   */
  public Object exchange(StubRequestContext request, StubResponseContext response)
      throws IOException {
    try {
      for (ContainerRequestFilter filter : requestFilters) {
        filter.filter(request);
        Response aborted = request.aborted();
        if (aborted != null) {
          response.reset(aborted.getStatus(), null);
          for (ContainerResponseFilter global : abortResponseFilters) {
            global.filter(request, response);
          }
          return aborted;
        }
      }
      response.reset(200, ENTITY);
      for (ContainerResponseFilter filter : responseFilters) {
        filter.filter(request, response);
      }
      return response;
    } catch (WebApplicationException e) {
      return e.getResponse();
    }
  }
}
