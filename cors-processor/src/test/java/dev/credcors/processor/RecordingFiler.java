package dev.credcors.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;

/**
 * Wraps a processor's {@link Filer} the way Gradle does, recording the originating elements of each
 * resource it creates: compile-testing does not expose them.
 */
final class RecordingFiler {

  private RecordingFiler() {}

  /** {@code processor}, whose resources' originating elements go to {@code originating}. */
  static Processor around(Processor processor, Map<String, List<String>> originating) {
    InvocationHandler forward =
        (proxy, method, args) -> {
          if (method.getName().equals("init")) {
            ProcessingEnvironment env = (ProcessingEnvironment) args[0];
            Filer filer = recording(env.getFiler(), originating);
            args = new Object[] {delegate(env, ProcessingEnvironment.class, "getFiler", filer)};
          }
          return invoke(processor, method, args);
        };
    return (Processor)
        Proxy.newProxyInstance(
            RecordingFiler.class.getClassLoader(), new Class<?>[] {Processor.class}, forward);
  }

  private static Filer recording(Filer filer, Map<String, List<String>> originating) {
    InvocationHandler record =
        (proxy, method, args) -> {
          if (method.getName().equals("createResource")) {
            originating.put(
                args[2].toString(),
                Arrays.stream((Element[]) args[3])
                    .map(e -> ((QualifiedNameable) e).getQualifiedName().toString())
                    .toList());
          }
          return invoke(filer, method, args);
        };
    return (Filer)
        Proxy.newProxyInstance(
            RecordingFiler.class.getClassLoader(), new Class<?>[] {Filer.class}, record);
  }

  /** {@code target}, except that {@code name()} returns {@code value}. */
  private static <T> T delegate(T target, Class<T> type, String name, Object value) {
    InvocationHandler handler =
        (proxy, method, args) ->
            method.getName().equals(name) && method.getParameterCount() == 0
                ? value
                : invoke(target, method, args);
    return type.cast(
        Proxy.newProxyInstance(
            RecordingFiler.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
