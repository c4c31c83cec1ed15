package dev.credcors.processor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * credcors running on a compiler whose {@link Elements#getElementValuesWithDefaults} throws: the
 * stand-in for any bug deep in the pipeline, injected without a test hook in production code.
 */
final class Sabotaged implements Processor {

  private final Processor delegate = new CredentialedCorsProcessor();

  static Processor failingOnAnnotationValues() {
    return new Sabotaged();
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Elements elements = env.getElementUtils();
    Elements failing =
        proxy(
            Elements.class,
            (proxy, method, args) -> {
              if (method.getName().equals("getElementValuesWithDefaults")) {
                throw new IllegalStateException("simulated");
              }
              return invoke(method, elements, args);
            });
    delegate.init(
        proxy(
            ProcessingEnvironment.class,
            (proxy, method, args) ->
                method.getName().equals("getElementUtils") ? failing : invoke(method, env, args)));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(Sabotaged.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
