package dev.credcors.bench.compile;

import dev.credcors.jaxrs.CorsFilters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The floor of what any processor shaped like credcors costs javac: for each resource annotated
 * {@code @CredentialedCors} it writes the smallest class there is, {@code final class
 * <Resource>_CorsFilter {}}, through the {@code Filer} with the resource as originating element, as
 * DESIGN.md's one generated class per resource requires. No reading of the annotation, no
 * validation, no code worth the name: what is left is javac's own price for a processor that writes
 * one source file per annotated type (the {@code Filer}, parsing and entering the new file, one
 * more round over every compilation unit). With {@code -Acredcors.bench.floor.write=false} it only
 * asks for the annotated elements and writes nothing: the price of having a processor at all.
 *
 * <p>Used only by {@code compile-bench.sh} and {@link WarmJavac}, named with {@code -processor}: no
 * service file registers it, so no real build picks it up.
 */
public final class FloorProcessor extends AbstractProcessor {

  // By name, not CredentialedCors.class: its processor path holds this class alone.
  static final String ANNOTATION = "dev.credcors.CredentialedCors";

  /** {@code -Acredcors.bench.floor.write=false}: find the annotated types, write nothing. */
  static final String WRITE = "credcors.bench.floor.write";

  private final Set<String> written = new LinkedHashSet<>();

  public FloorProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(WRITE);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean write = !"false".equals(processingEnv.getOptions().get(WRITE));
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Element type = element instanceof TypeElement ? element : element.getEnclosingElement();
        if (write && type instanceof TypeElement resource) {
          writeFloor(resource);
        }
      }
    }
    return false;
  }

  /** Once per resource, however many of its methods carry the annotation too. */
  private void writeFloor(TypeElement resource) {
    if (!written.add(resource.getQualifiedName().toString())) {
      return;
    }
    String pkg =
        processingEnv.getElementUtils().getPackageOf(resource).getQualifiedName().toString();
    String simple = resource.getSimpleName() + CorsFilters.GENERATED_SUFFIX; // a constant: inlined
    String name = pkg.isEmpty() ? simple : pkg + "." + simple;
    String source =
        (pkg.isEmpty() ? "" : "package " + pkg + ";\n\n") + "final class " + simple + " {}\n";
    try {
      JavaFileObject file = processingEnv.getFiler().createSourceFile(name, resource);
      try (Writer out = file.openWriter()) {
        out.write(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
