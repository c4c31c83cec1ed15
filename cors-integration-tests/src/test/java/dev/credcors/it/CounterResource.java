package dev.credcors.it;

import dev.credcors.CredentialedCors;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * State a forged write would change: every write that reaches resource code counts, so a test can
 * tell a refused write from one that ran and was merely unreadable to the page.
 */
@Path("/counter")
@CredentialedCors(origins = "https://app.example.com")
public class CounterResource {

  private static final AtomicInteger COUNT = new AtomicInteger();

  /** The number of writes that reached resource code so far. */
  static int count() {
    return COUNT.get();
  }

  @GET
  public String read() {
    return Integer.toString(COUNT.get());
  }

  @POST
  public String increment(String body) {
    return Integer.toString(COUNT.incrementAndGet());
  }

  /** A write by another method, for method override requests to aim at. */
  @DELETE
  public String incrementByDelete() {
    return Integer.toString(COUNT.incrementAndGet());
  }

  /** The same write under a policy that lets pages of the same site write. */
  @POST
  @Path("same-site")
  @CredentialedCors(origins = "https://app.example.com", allowSameSiteWrites = true)
  public String incrementFromSameSite(String body) {
    return Integer.toString(COUNT.incrementAndGet());
  }

  /**
   * A read on a path that serves no write: a forged {@code POST} here is a {@code 405}, unless a
   * method override turns it into this read. Every read that runs counts, so the suite sees it.
   */
  @Path("/report")
  @CredentialedCors(origins = "https://app.example.com")
  public static class Report {
    @GET
    public String read() {
      return Integer.toString(COUNT.incrementAndGet());
    }
  }

  /**
   * A read governed by a policy beside a write that is not: the write is the application's own
   * business, and the read keeps its own guard stage so that an override into it is still judged.
   */
  @Path("/mixed")
  public static class Mixed {
    @GET
    @CredentialedCors(origins = "https://app.example.com")
    public String read() {
      return Integer.toString(COUNT.incrementAndGet());
    }

    @POST
    public String write(String body) {
      return Integer.toString(COUNT.incrementAndGet());
    }
  }

  /** The same write with the guard off, as an SSO form_post callback needs it. */
  @POST
  @Path("open")
  @SuppressWarnings("credcors:cross-site-writes-allowed") // what the guard-off tests are about
  @CredentialedCors(origins = "https://app.example.com", refuseCrossSiteWrites = false)
  public String incrementFromAnySite(String body) {
    return Integer.toString(COUNT.incrementAndGet());
  }
}
