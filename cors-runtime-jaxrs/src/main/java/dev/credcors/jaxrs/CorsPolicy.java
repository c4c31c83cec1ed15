package dev.credcors.jaxrs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A checked credentialed CORS policy: who may call, with which headers. Built once, in a static
 * initializer of generated code, from values the processor validated and joined at compile time.
 */
public final class CorsPolicy {

  private final List<String> exactOrigins;
  private final List<Pattern> originPatterns;
  private final String allowHeaders;
  private final String exposeHeaders;
  private final long maxAge;
  private final String vary;
  private final boolean allowPrivateNetwork;

  private CorsPolicy(Builder builder) {
    this.exactOrigins = List.copyOf(builder.exactOrigins);
    this.originPatterns = List.copyOf(builder.originPatterns);
    this.allowHeaders = builder.allowHeaders;
    this.exposeHeaders = builder.exposeHeaders;
    this.maxAge = builder.maxAge;
    this.vary = builder.vary;
    this.allowPrivateNetwork = builder.allowPrivateNetwork;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects a policy's constants. Each setter takes values exactly as they go on the wire. */
  public static final class Builder {
    private final List<String> exactOrigins = new ArrayList<>();
    private final List<Pattern> originPatterns = new ArrayList<>();
    private String allowHeaders = "";
    private String exposeHeaders = "";
    private long maxAge;
    private String vary = "Origin";
    private boolean allowPrivateNetwork;

    private Builder() {}

    /** Serialized origins, matched by exact, case-sensitive equality. */
    public Builder exactOrigins(String... origins) {
      exactOrigins.addAll(List.of(origins));
      return this;
    }

    /** Patterns matched against the whole {@code Origin} value. */
    public Builder originPatterns(Pattern... patterns) {
      originPatterns.addAll(List.of(patterns));
      return this;
    }

    /** The {@code Access-Control-Allow-Headers} value, e.g. {@code "Content-Type, Authorization"}. */
    public Builder allowHeaders(String joined) {
      this.allowHeaders = joined;
      return this;
    }

    /** The {@code Access-Control-Expose-Headers} value; empty for none. */
    public Builder exposeHeaders(String joined) {
      this.exposeHeaders = joined;
      return this;
    }

    /** The {@code Access-Control-Max-Age} value in seconds. */
    public Builder maxAge(long seconds) {
      this.maxAge = seconds;
      return this;
    }

    /** The {@code Vary} values every response carries, joined, e.g. {@code "Origin"}. */
    public Builder vary(String joined) {
      this.vary = joined;
      return this;
    }

    /** Whether Private Network Access preflights are answered. */
    public Builder allowPrivateNetwork(boolean allow) {
      this.allowPrivateNetwork = allow;
      return this;
    }

    public CorsPolicy build() {
      return new CorsPolicy(this);
    }
  }
}
