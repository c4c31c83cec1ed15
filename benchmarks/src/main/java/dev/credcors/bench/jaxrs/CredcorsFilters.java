package dev.credcors.bench.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Sets credcors up the way a Jakarta REST container does, through public API only: the runtime's
 * {@link Feature}s and {@link DynamicFeature}s are found through {@link ServiceLoader} (the same
 * {@code META-INF/services} files a container reads), configured, and shown every resource method
 * of the resource. What they register is the filter chain a request to that resource meets.
 */
public final class CredcorsFilters {

  private static final String RUNTIME_PACKAGE = "dev.credcors.";

  private CredcorsFilters() {}

  /**
   * The filters a request to {@code resource} meets when it is answered by the resource method
   * serving {@code httpMethod}.
   */
  public static FilterChain forResource(Class<?> resource, String httpMethod) {
    return forResource(resource, httpMethod, true, false);
  }

  /**
   * As {@link #forResource(Class, String)}, for experiments that change a part of credcors to
   * measure its share in the same JVM: without the pre-matching router (which answers preflights
   * and judges writes before an override filter runs), and/or with the generated filter bound as a
   * request filter (the write guard stage) to every method, reads included, as it was before reads
   * stopped paying for the guard.
   */
  public static FilterChain forResource(
      Class<?> resource, String httpMethod, boolean router, boolean guardStageOnReads) {
    CapturingFeatureContext global = new CapturingFeatureContext();
    for (Feature feature : ServiceLoader.load(Feature.class)) {
      if (feature.getClass().getName().startsWith(RUNTIME_PACKAGE)) {
        feature.configure(global);
      }
    }
    Map<Class<?>, DynamicFeature> dynamicFeatures = new LinkedHashMap<>();
    for (DynamicFeature feature : ServiceLoader.load(DynamicFeature.class)) {
      if (feature.getClass().getName().startsWith(RUNTIME_PACKAGE)) {
        dynamicFeatures.putIfAbsent(feature.getClass(), feature);
      }
    }
    List<ContainerRequestFilter> requestFilters = new ArrayList<>();
    List<ContainerResponseFilter> globalResponseFilters = new ArrayList<>();
    for (DynamicFeature feature : global.registeredAs(DynamicFeature.class)) {
      dynamicFeatures.putIfAbsent(feature.getClass(), feature);
    }
    if (router) {
      requestFilters.addAll(global.registeredAs(ContainerRequestFilter.class));
    }
    globalResponseFilters.addAll(global.registeredAs(ContainerResponseFilter.class));
    if (dynamicFeatures.isEmpty() && global.components().isEmpty()) {
      throw new IllegalStateException("no credcors Feature on the class path");
    }

    List<ContainerResponseFilter> responseFilters = new ArrayList<>(globalResponseFilters);
    List<ContainerRequestFilter> boundRequestFilters = new ArrayList<>();
    boolean served = false;
    for (Method method : resource.getMethods()) {
      String designator = httpMethodOf(method);
      if (designator == null) {
        continue;
      }
      CapturingFeatureContext bound = new CapturingFeatureContext();
      ResourceInfo info = new FixedResourceInfo(resource, method);
      for (DynamicFeature feature : dynamicFeatures.values()) {
        feature.configure(info, bound);
      }
      if (designator.equals(httpMethod)) {
        served = true;
        boundRequestFilters.addAll(bound.registeredAs(ContainerRequestFilter.class));
        List<ContainerResponseFilter> responseSides =
            bound.registeredAs(ContainerResponseFilter.class);
        responseFilters.addAll(responseSides);
        if (guardStageOnReads && boundRequestFilters.isEmpty()) {
          for (ContainerResponseFilter filter : responseSides) {
            if (filter instanceof ContainerRequestFilter generated) {
              boundRequestFilters.add(generated);
            }
          }
        }
      }
    }
    if (!served) {
      throw new IllegalArgumentException(resource + " serves no " + httpMethod);
    }
    // Pre-matching (global) request filters run before matching, bound ones after it.
    requestFilters.addAll(boundRequestFilters);
    return new FilterChain(requestFilters, responseFilters, globalResponseFilters);
  }

  private static String httpMethodOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (designator != null) {
        return designator.value();
      }
    }
    return null;
  }

  private record FixedResourceInfo(Class<?> resourceClass, Method resourceMethod)
      implements ResourceInfo {
    @Override
    public Method getResourceMethod() {
      return resourceMethod;
    }

    @Override
    public Class<?> getResourceClass() {
      return resourceClass;
    }
  }
}
