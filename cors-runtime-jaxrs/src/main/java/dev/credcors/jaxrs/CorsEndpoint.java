package dev.credcors.jaxrs;

import java.util.Objects;

/**
 * One resource method under a credentialed CORS policy, with everything about it decided at compile
 * time.
 *
 * @param javaMethod the resource method's signature as {@code name(T1,T2)} where each {@code T} is
 *     the erased parameter type's {@link Class#getTypeName()} ({@code java.lang.String}, {@code
 *     long}, {@code byte[]}, {@code com.example.Outer$Inner}); matched against the {@code
 *     java.lang.reflect.Method} Jakarta REST reports at start-up
 * @param httpMethod the method's HTTP method designator, e.g. {@code GET}
 * @param pathTemplate the full Jakarta REST path template relative to the application path: the
 *     class {@code @Path} joined with the method {@code @Path}, e.g. {@code /items/{id: [0-9]+}}
 * @param allowMethods the {@code Access-Control-Allow-Methods} value for preflights to this path,
 *     joined at compile time, e.g. {@code "GET, DELETE"}
 * @param policy the origins and headers of the policy that governs this method
 * @param declaredOn where the policy was written, for log lines: {@code com.x.Items#delete(long)}
 *     for a method-level annotation, {@code com.x.Items} for a class-level one; empty until the
 *     runtime binds the endpoint to the resource method Jakarta REST reports
 * @param cookieDiagnostics what the runtime does about cookies browsers will drop on this
 *     endpoint's cross-site responses; chosen per application when the runtime binds the endpoint
 */
public record CorsEndpoint(
    String javaMethod,
    String httpMethod,
    String pathTemplate,
    String allowMethods,
    CorsPolicy policy,
    String declaredOn,
    CookieDiagnostics cookieDiagnostics) {

  public CorsEndpoint {
    Objects.requireNonNull(javaMethod, "javaMethod");
    Objects.requireNonNull(httpMethod, "httpMethod");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    Objects.requireNonNull(allowMethods, "allowMethods");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(declaredOn, "declaredOn");
    Objects.requireNonNull(cookieDiagnostics, "cookieDiagnostics");
  }

  /** An endpoint whose declaration is not known yet, as generated code builds it. */
  public CorsEndpoint(
      String javaMethod,
      String httpMethod,
      String pathTemplate,
      String allowMethods,
      CorsPolicy policy) {
    this(javaMethod, httpMethod, pathTemplate, allowMethods, policy, "", CookieDiagnostics.LOG);
  }

  /**
   * This endpoint as bound in one application: its policy written on {@code where}, its cookies
   * checked in {@code mode}.
   */
  CorsEndpoint bound(String where, CookieDiagnostics mode) {
    return new CorsEndpoint(
        javaMethod, httpMethod, pathTemplate, allowMethods, policy, where, mode);
  }

  /** Reads better than the constructor in generated code. */
  public static CorsEndpoint of(
      String javaMethod,
      String httpMethod,
      String pathTemplate,
      String allowMethods,
      CorsPolicy policy) {
    return new CorsEndpoint(javaMethod, httpMethod, pathTemplate, allowMethods, policy);
  }
}
