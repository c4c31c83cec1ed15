package dev.credcors.jaxrs;

import dev.credcors.CredentialedCors;
import dev.credcors.policy.PathTemplate;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For each resource method Jakarta REST reports at start-up, finds the filter the credcors
 * processor generated for its resource ({@code <package>.<Outer_Inner>_CorsFilter}), binds one
 * instance of it, made with the method's endpoint, to that method alone, and tells the preflight
 * router about the method, governed or not. The generated class is looked up and its endpoint table
 * read here, once per resource class; nothing is looked up or reflected on per request.
 */
final class EndpointBinder implements DynamicFeature {

  /** The generated filter's contracts, each with its own priority: never one for both. */
  private static final Map<Class<?>, Integer> CONTRACTS =
      Map.of(
          ContainerRequestFilter.class,
          CorsPriorities.WRITE_GUARD,
          ContainerResponseFilter.class,
          CorsPriorities.RESPONSE);

  /** The contract of a read whose writes the router judges: the response side alone. */
  private static final Map<Class<?>, Integer> RESPONSE_ONLY =
      Map.of(ContainerResponseFilter.class, CorsPriorities.RESPONSE);

  private final PreflightRouter router;
  private final CookieDiagnostics cookieDiagnostics;
  private final Map<Class<?>, Generated> generated = new ConcurrentHashMap<>();
  private final Map<Class<?>, Boolean> readsGuardedByRouter = new ConcurrentHashMap<>();
  private final ConfiguredPolicies configured = ConfiguredPolicies.ofThisProcess();

  EndpointBinder(PreflightRouter router) {
    this(router, CookieDiagnostics.LOG);
  }

  EndpointBinder(PreflightRouter router, CookieDiagnostics cookieDiagnostics) {
    this.router = router;
    this.cookieDiagnostics = cookieDiagnostics;
  }

  /**
   * A resource's generated filter class, or {@link #NONE}.
   *
   * @param constructor the public constructor taking a {@link CorsEndpoint}
   * @param endpoints what its {@code endpoints()} returned
   */
  record Generated(Constructor<?> constructor, List<CorsEndpoint> endpoints) {

    static final Generated NONE = new Generated(null, List.of());

    /** One filter for {@code endpoint}, as the generated class builds it. */
    Object filterFor(CorsEndpoint endpoint) {
      try {
        return constructor.newInstance(endpoint);
      } catch (ReflectiveOperationException e) {
        Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
        throw new IllegalStateException(
            "cannot instantiate " + constructor.getDeclaringClass().getName(), cause);
      }
    }
  }

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return;
    }
    // Configured origins are resolved and checked here, before the application serves a request.
    Generated filters =
        generated.computeIfAbsent(
            resourceClass,
            c -> {
              Generated found = load(c);
              configured.apply(c, found.endpoints());
              return found;
            });
    String key = javaMethodKey(method);
    CorsEndpoint endpoint = null;
    for (CorsEndpoint candidate : filters.endpoints()) {
      if (candidate.javaMethod().equals(key)) {
        endpoint = candidate;
        break;
      }
    }
    if (endpoint == null && filters.endpoints().isEmpty() && isAnnotated(resourceClass, method)) {
      throw new IllegalStateException(
          "@CredentialedCors on "
              + owner(resourceClass, method)
              + " has no generated "
              + CorsFilters.GENERATED_SUFFIX
              + " class: the credcors processor did not run on it; add dev.credcors:cors-processor"
              + " to the compiler's annotationProcessorPaths");
    }
    if (endpoint != null) {
      endpoint = endpoint.bound(declaration(resourceClass, method), cookieDiagnostics);
    }
    boolean writeGuardStage =
        endpoint == null
            || !WriteGuard.isSafe(endpoint.httpMethod())
            || !readsGuardedByRouter.computeIfAbsent(
                resourceClass, c -> everyWriteGoverned(c, filters.endpoints()));
    route(resourceClass, method, endpoint, writeGuardStage);
    if (endpoint != null) {
      bind(filters.filterFor(endpoint), context, writeGuardStage);
    }
  }

  /**
   * Whether every write {@code resourceClass} serves (a resource method whose HTTP method is not
   * {@code GET}, {@code HEAD} or {@code OPTIONS}) is governed by a policy, and it has no
   * sub-resource locator, whose resources are not known before a request. Then a write sent to one
   * of its paths is either governed there or served by nothing, and the pre-matching router can
   * judge it before an override filter turns it into a read, so the reads need no write guard
   * stage: a request filter that would cost every read a filter invocation (BENCHMARKS.md) to catch
   * only overridden writes. A resource with an ungoverned write keeps the stage on its reads, so
   * the router never refuses a write that no policy governs.
   */
  static boolean everyWriteGoverned(Class<?> resourceClass, List<CorsEndpoint> endpoints) {
    Set<String> governed = new HashSet<>();
    for (CorsEndpoint endpoint : endpoints) {
      governed.add(endpoint.javaMethod());
    }
    for (Method method : resourceClass.getMethods()) {
      if (method.isBridge() || method.getDeclaringClass() == Object.class) {
        continue;
      }
      String httpMethod = ResourcePaths.httpMethod(method);
      boolean ungoverned =
          httpMethod == null
              ? ResourcePaths.isLocator(method)
              : !WriteGuard.isSafe(httpMethod) && !governed.contains(javaMethodKey(method));
      if (ungoverned) {
        return false;
      }
    }
    return true;
  }

  /**
   * Registers a generated filter with its own priority for each contract: as a request filter too
   * only when {@code writeGuardStage}. Quarkus REST's {@code FeatureContext} takes no per-contract
   * priorities (it throws {@link UnsupportedOperationException}); there each side goes in through
   * an adapter with its priority.
   */
  static void bind(Object filter, FeatureContext context, boolean writeGuardStage) {
    try {
      context.register(filter, writeGuardStage ? CONTRACTS : RESPONSE_ONLY);
    } catch (UnsupportedOperationException e) {
      if (writeGuardStage) {
        context.register(
            new RequestSide((ContainerRequestFilter) filter), CorsPriorities.WRITE_GUARD);
      }
      context.register(new ResponseSide((ContainerResponseFilter) filter), CorsPriorities.RESPONSE);
    }
  }

  /** The write-guard side of a generated filter, for {@link #bind}'s fallback. */
  private record RequestSide(ContainerRequestFilter filter) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) throws IOException {
      filter.filter(request);
    }
  }

  /** The response side of a generated filter, for {@link #bind}'s fallback. */
  private record ResponseSide(ContainerResponseFilter filter) implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response)
        throws IOException {
      filter.filter(request, response);
    }
  }

  /**
   * Tells the router about every resource method, governed or not, so that preflights are routed
   * among exactly the templates Jakarta REST routes requests among.
   */
  private void route(
      Class<?> resourceClass, Method method, CorsEndpoint endpoint, boolean writeGuardStage) {
    String classPath = ResourcePaths.classPath(resourceClass);
    String methodPath = ResourcePaths.methodPath(method);
    String httpMethod = endpoint != null ? endpoint.httpMethod() : ResourcePaths.httpMethod(method);
    if (httpMethod == null) {
      return; // a sub-resource locator: what it returns is not known before a request
    }
    String owner = owner(resourceClass, method);
    if (classPath == null
        || endpoint != null && !sameTemplate(classPath, methodPath, endpoint.pathTemplate())) {
      if (endpoint != null) {
        // The generated template is the processor's reading of the same annotations; if the
        // reflective one disagrees (or is missing), route by the generated one as a whole.
        router.add(endpoint.pathTemplate(), "", httpMethod, endpoint, owner, writeGuardStage);
      }
      return;
    }
    router.add(classPath, methodPath, httpMethod, endpoint, owner, writeGuardStage);
  }

  private static boolean sameTemplate(String classPath, String methodPath, String template) {
    return PathTemplate.parse(PathTemplate.join(classPath, methodPath))
        .normalized()
        .equals(PathTemplate.parse(template).normalized());
  }

  /**
   * The filter generated for {@code resourceClass} or, for a proxy subclass the container made, for
   * its nearest superclass that has one; {@link Generated#NONE} when there is none. The walk stops
   * at a class that declares its own {@code @Path}: that is a resource in its own right, and
   * neither {@code @Path} nor {@code @CredentialedCors} is inherited, so it must not take its
   * superclass's policy (or paths). Container proxies never declare {@code @Path}.
   */
  static Generated load(Class<?> resourceClass) {
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      Class<?> type;
      try {
        type = Class.forName(generatedName(c), true, c.getClassLoader());
      } catch (ClassNotFoundException e) {
        if (c.isAnnotationPresent(Path.class)) {
          return Generated.NONE;
        }
        continue;
      }
      return inspect(type);
    }
    return Generated.NONE;
  }

  /** Reads a generated filter's endpoint table and finds its constructor, checking its shape. */
  private static Generated inspect(Class<?> type) {
    if (!ContainerRequestFilter.class.isAssignableFrom(type)
        || !ContainerResponseFilter.class.isAssignableFrom(type)) {
      throw new IllegalStateException(
          type.getName() + " is not a ContainerRequestFilter and ContainerResponseFilter");
    }
    try {
      Method table = type.getMethod("endpoints");
      if (!Modifier.isStatic(table.getModifiers())) {
        throw new IllegalStateException(type.getName() + ".endpoints() is not static");
      }
      List<CorsEndpoint> endpoints = new ArrayList<>();
      for (Object entry : (List<?>) table.invoke(null)) {
        endpoints.add((CorsEndpoint) entry);
      }
      return new Generated(type.getConstructor(CorsEndpoint.class), List.copyOf(endpoints));
    } catch (ReflectiveOperationException | ClassCastException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new IllegalStateException(
          type.getName() + " is not a filter generated by this version of credcors", cause);
    }
  }

  /** {@code com.x.Outer$Inner} becomes {@code com.x.Outer_Inner_CorsFilter}. */
  static String generatedName(Class<?> resourceClass) {
    StringBuilder simple = new StringBuilder(resourceClass.getSimpleName());
    for (Class<?> outer = resourceClass.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      simple.insert(0, outer.getSimpleName() + "_");
    }
    String pkg = resourceClass.getPackageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + simple + CorsFilters.GENERATED_SUFFIX;
  }

  /** The {@link CorsEndpoint#javaMethod()} key of a method: {@code name(T1,T2)}. */
  static String javaMethodKey(Method method) {
    StringBuilder key = new StringBuilder(method.getName()).append('(');
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (i > 0) {
        key.append(',');
      }
      key.append(parameters[i].getTypeName());
    }
    return key.append(')').toString();
  }

  private static boolean isAnnotated(Class<?> resourceClass, Method method) {
    return method.isAnnotationPresent(CredentialedCors.class)
        || resourceClass.isAnnotationPresent(CredentialedCors.class)
        || method.getDeclaringClass().isAnnotationPresent(CredentialedCors.class);
  }

  /**
   * Where the method's policy was written, for log lines: the method when it carries the annotation
   * itself (a method-level policy replaces the class one), else the resource class.
   */
  static String declaration(Class<?> resourceClass, Method method) {
    if (method.isAnnotationPresent(CredentialedCors.class)) {
      return method.getDeclaringClass().getName() + "#" + javaMethodKey(method);
    }
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(CredentialedCors.class)) {
        return c.getName();
      }
    }
    return method.getDeclaringClass().getName();
  }

  private static String owner(Class<?> resourceClass, Method method) {
    return resourceClass.getName() + "#" + method.getName();
  }
}
