package dev.credcors.policy;

import java.util.List;
import java.util.Set;

/**
 * The raw attribute values of one {@code @CredentialedCors}, exactly as written, plus the HTTP
 * methods the annotated resource serves. Nothing here has been checked yet.
 *
 * @param servedMethods the HTTP method designators of the resource methods the policy governs
 *     (upper case), used for the {@code unserved-method} warning; empty when unknown (start-up
 *     configuration), which disables that check
 * @param refuseCrossSiteWrites whether the cross-site write guard is on
 * @param allowSameSiteWrites whether the guard lets {@code Sec-Fetch-Site: same-site} writes pass
 * @param originsProperty the name of the configuration property adding exact origins at start-up,
 *     or empty for none
 * @param originPatternsProperty the same for patterns
 */
public record PolicyInput(
    List<String> origins,
    List<String> originPatterns,
    List<String> methods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    long maxAge,
    List<String> vary,
    boolean allowPrivateNetwork,
    Set<String> servedMethods,
    boolean refuseCrossSiteWrites,
    boolean allowSameSiteWrites,
    String originsProperty,
    String originPatternsProperty) {

  public PolicyInput {
    java.util.Objects.requireNonNull(originsProperty, "originsProperty");
    java.util.Objects.requireNonNull(originPatternsProperty, "originPatternsProperty");
    origins = List.copyOf(origins);
    originPatterns = List.copyOf(originPatterns);
    methods = List.copyOf(methods);
    allowHeaders = List.copyOf(allowHeaders);
    exposeHeaders = List.copyOf(exposeHeaders);
    vary = List.copyOf(vary);
    servedMethods = Set.copyOf(servedMethods);
  }

  /**
   * A policy with the write guard as the annotation's defaults set it (on, same-site refused) and
   * no configuration property.
   */
  public PolicyInput(
      List<String> origins,
      List<String> originPatterns,
      List<String> methods,
      List<String> allowHeaders,
      List<String> exposeHeaders,
      long maxAge,
      List<String> vary,
      boolean allowPrivateNetwork,
      Set<String> servedMethods) {
    this(
        origins,
        originPatterns,
        methods,
        allowHeaders,
        exposeHeaders,
        maxAge,
        vary,
        allowPrivateNetwork,
        servedMethods,
        true,
        false,
        "",
        "");
  }
}
