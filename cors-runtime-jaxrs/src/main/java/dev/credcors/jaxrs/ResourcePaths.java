package dev.credcors.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Reads, once at start-up, the class {@code @Path}, method {@code @Path} and HTTP method designator
 * of a resource method as Jakarta REST sees them, including annotations a method inherits from the
 * superclass or interface method it implements (specification section 3.6) and a class
 * {@code @Path} behind a container-made proxy subclass.
 */
final class ResourcePaths {

  private ResourcePaths() {}

  /** The resource class's {@code @Path} value, or {@code null} (e.g. a sub-resource). */
  static String classPath(Class<?> resourceClass) {
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      Path path = c.getAnnotation(Path.class);
      if (path != null) {
        return path.value();
      }
    }
    return null;
  }

  /** The method's {@code @Path} value, empty when it has none. */
  static String methodPath(Method method) {
    Method declaration = annotatedDeclaration(method);
    Path path = declaration.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }

  /** The method's HTTP method designator ({@code GET}, ...), or {@code null} for a locator. */
  static String httpMethod(Method method) {
    for (Annotation annotation : annotatedDeclaration(method).getAnnotations()) {
      HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (designator != null) {
        return designator.value();
      }
    }
    return null;
  }

  /**
   * Whether the method is a sub-resource locator: a {@code @Path} and no HTTP method designator.
   */
  static boolean isLocator(Method method) {
    return httpMethod(method) == null
        && annotatedDeclaration(method).isAnnotationPresent(Path.class);
  }

  /**
   * The method itself if it carries a Jakarta REST annotation, else the first superclass or
   * interface method it overrides that does (section 3.6 "Annotation Inheritance").
   */
  private static Method annotatedDeclaration(Method method) {
    if (isAnnotated(method) || Modifier.isStatic(method.getModifiers())) {
      return method;
    }
    Class<?> owner = method.getDeclaringClass();
    for (Class<?> c = owner.getSuperclass();
        c != null && c != Object.class;
        c = c.getSuperclass()) {
      Method found = annotated(c, method);
      if (found != null) {
        return found;
      }
    }
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Class<?> type : c.getInterfaces()) {
        Method found = annotated(type, method);
        if (found != null) {
          return found;
        }
      }
    }
    return method;
  }

  private static Method annotated(Class<?> type, Method method) {
    try {
      Method candidate = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
      return isAnnotated(candidate) ? candidate : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static boolean isAnnotated(Method method) {
    if (method.isAnnotationPresent(Path.class)) {
      return true;
    }
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }
}
