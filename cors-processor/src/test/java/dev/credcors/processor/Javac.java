package dev.credcors.processor;

import dev.credcors.CredentialedCors;
import dev.credcors.jaxrs.CorsFilters;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac writing to a real directory, for what compile-testing's in-memory file manager cannot show:
 * files already in the class output, and the output of a compilation that failed.
 */
final class Javac {

  private Javac() {}

  record Result(boolean success, String errors) {}

  /** Compiles {@code sources} into {@code out} with credcors, then {@code others}. */
  static Result compile(Path out, List<Processor> others, JavaFileObject... sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-d", out.toString(), "-classpath", classpath());
      List<Processor> processors = new ArrayList<>();
      processors.add(new CredentialedCorsProcessor());
      processors.addAll(others);
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, List.of(sources));
      task.setProcessors(processors);
      boolean success = task.call();
      String errors =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .map(d -> d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("\n"));
      return new Result(success, errors);
    }
  }

  /** The annotation, the runtime the generated code calls, and Jakarta REST. */
  private static String classpath() {
    return List.of(CredentialedCors.class, CorsFilters.class, jakarta.ws.rs.Path.class).stream()
        .map(Javac::location)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
