package dev.credcors.bench.compile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in a warm JVM, as in a Gradle daemon or an IDE: the compiler runs in process through {@code
 * javax.tools}, alternating runs without and with the credcors processor (loaded once, a new
 * instance per run), with the {@link FloorProcessor} writing one empty class per resource ({@code
 * floor}) and writing nothing ({@code noop-proc}), and, when given, without and with AutoValue on
 * its own sources as an anchor and the resources plus the generated filters ({@code generated}) or
 * plus the floor's empty classes ({@code generated-empty}) without a processor, after untimed
 * warm-up runs of each. Separates what a processor costs from what a cold JVM costs to load and
 * warm it up. Used by {@code compile-bench.sh}.
 *
 * <p>Usage: {@code WarmJavac <sources.txt> <classpath> <processorpath> <warmups> <runs>
 * [<anchor-sources.txt> <anchor-classpath> <anchor-processorpath> [<generated.txt>
 * <generated-empty.txt>]]}.
 */
public final class WarmJavac {

  private WarmJavac() {}

  /**
   * One alternated mode: sources, class path, the processors to run (none: -proc:none) and extra
   * javac options.
   */
  private record Mode(
      String name,
      List<String> sources,
      String classPath,
      Supplier<List<Processor>> processors,
      List<String> options) {

    Mode(
        String name, List<String> sources, String classPath, Supplier<List<Processor>> processors) {
      this(name, sources, classPath, processors, List.of());
    }
  }

  public static void main(String[] args) throws Exception {
    int warmups = Integer.parseInt(args[3]);
    int runs = Integer.parseInt(args[4]);
    List<String> sources = Files.readAllLines(Path.of(args[0]));
    URLClassLoader credcors = loader(args[2]);
    Class<? extends Processor> processorClass =
        credcors
            .loadClass("dev.credcors.processor.CredentialedCorsProcessor")
            .asSubclass(Processor.class);
    List<Mode> modes = new ArrayList<>();
    modes.add(new Mode("without", sources, args[1], null));
    modes.add(new Mode("with", sources, args[1], () -> List.of(newInstance(processorClass))));
    // The floor of any processor that writes one class per resource, and of any processor at all.
    modes.add(new Mode("floor", sources, args[1], () -> List.of(new FloorProcessor())));
    modes.add(
        new Mode(
            "noop-proc",
            sources,
            args[1],
            () -> List.of(new FloorProcessor()),
            List.of("-A" + FloorProcessor.WRITE + "=false")));
    if (args.length > 9) {
      // The resources plus the generated filters, and plus the floor's empty classes, no
      // processor: what the filters' content costs to compile over an empty class.
      modes.add(new Mode("generated", plus(sources, args[8]), args[1], null));
      modes.add(new Mode("generated-empty", plus(sources, args[9]), args[1], null));
    }
    if (args.length > 5) {
      List<String> anchorSources = Files.readAllLines(Path.of(args[5]));
      URLClassLoader anchor = loader(args[7]);
      modes.add(new Mode("av-without", anchorSources, args[6], null));
      // Every processor the jar declares, as javac's own discovery on -processorpath finds them.
      modes.add(
          new Mode(
              "av-with",
              anchorSources,
              args[6],
              () -> {
                List<Processor> found = new ArrayList<>();
                ServiceLoader.load(Processor.class, anchor).forEach(found::add);
                return found;
              }));
    }

    // Every run's output stays until the end: deleting it between runs made the next run pay for
    // the deletion (a disk mounted with online discard), charging the processors, which write the
    // most files, for the run before them.
    List<Path> written = new ArrayList<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      for (int i = 0; i < warmups + runs; i++) {
        for (Mode mode : modes) {
          Path out = Files.createTempDirectory("warm-javac");
          List<String> options = new ArrayList<>(List.of("--release", "17", "-nowarn"));
          options.addAll(List.of("-cp", mode.classPath(), "-d", out.resolve("classes").toString()));
          options.addAll(List.of("-s", out.resolve("generated").toString()));
          if (mode.processors() == null) {
            options.add("-proc:none");
          }
          options.addAll(mode.options());
          Files.createDirectories(out.resolve("classes"));
          Files.createDirectories(out.resolve("generated"));
          var units = files.getJavaFileObjectsFromStrings(mode.sources());
          var task = javac.getTask(null, files, null, options, null, units);
          if (mode.processors() != null) {
            task.setProcessors(mode.processors().get());
          }
          long start = System.nanoTime();
          boolean ok = task.call();
          long nanos = System.nanoTime() - start;
          written.add(out);
          if (!ok) {
            throw new IllegalStateException("javac failed: " + mode.name());
          }
          if (i >= warmups) {
            System.out.printf("%s\t%.3f%n", mode.name(), nanos / 1e9);
          }
        }
      }
    }
    for (Path out : written) {
      delete(out);
    }
  }

  /** {@code sources} and then those listed, one per line, in the file {@code more}. */
  private static List<String> plus(List<String> sources, String more) throws IOException {
    List<String> all = new ArrayList<>(sources);
    all.addAll(Files.readAllLines(Path.of(more)));
    return all;
  }

  private static URLClassLoader loader(String path) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(new URL[0]), WarmJavac.class.getClassLoader());
  }

  private static Processor newInstance(Class<? extends Processor> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(WarmJavac::deleteOne);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
