package dev.credcors.jaxrs;

import java.util.regex.Pattern;

/** Policies shared by the unit tests. */
final class Policies {

  static final CorsPolicy APP =
      CorsPolicy.builder()
          .exactOrigins("https://app.example.com")
          .originPatterns(Pattern.compile("^https://[a-z0-9-]+\\.preview\\.example\\.com$"))
          .allowHeaders("Content-Type, X-CSRF-Token")
          .exposeHeaders("X-Request-Id")
          .maxAge(600)
          .vary("Origin")
          .allowPrivateNetwork(false)
          .build();

  static final CorsPolicy PRIVATE_NETWORK =
      CorsPolicy.builder()
          .exactOrigins("https://app.example.com")
          .allowHeaders("Content-Type")
          .maxAge(60)
          .vary("Origin, Accept-Encoding")
          .allowPrivateNetwork(true)
          .build();

  private Policies() {}
}
