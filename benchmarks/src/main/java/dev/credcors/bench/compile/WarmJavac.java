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
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac in a warm JVM, as in a Gradle daemon or an IDE: the compiler runs in process through {@code
 * javax.tools}, alternating runs without and with the credcors processor (loaded once, a new
 * instance per run), after untimed warm-up runs of each. Separates what the processor costs from
 * what a cold JVM costs to load and warm it up. Used by {@code compile-bench.sh}.
 *
 * <p>Usage: {@code WarmJavac <sources.txt> <classpath> <processorpath> <warmups> <runs>}.
 */
public final class WarmJavac {

  private WarmJavac() {}

  public static void main(String[] args) throws Exception {
    List<String> sourceNames = Files.readAllLines(Path.of(args[0]));
    String classPath = args[1];
    List<URL> processorUrls = new ArrayList<>();
    for (String entry : args[2].split(File.pathSeparator)) {
      processorUrls.add(Path.of(entry).toUri().toURL());
    }
    int warmups = Integer.parseInt(args[3]);
    int runs = Integer.parseInt(args[4]);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (URLClassLoader loader =
            new URLClassLoader(
                processorUrls.toArray(new URL[0]), WarmJavac.class.getClassLoader());
        StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Class<? extends Processor> processorClass =
          loader
              .loadClass("dev.credcors.processor.CredentialedCorsProcessor")
              .asSubclass(Processor.class);
      var sources = files.getJavaFileObjectsFromStrings(sourceNames);
      for (int i = 0; i < warmups + runs; i++) {
        for (boolean with : new boolean[] {false, true}) {
          Path out = Files.createTempDirectory("warm-javac");
          List<String> options = new ArrayList<>(List.of("--release", "17", "-nowarn"));
          options.addAll(List.of("-cp", classPath, "-d", out.resolve("classes").toString()));
          options.addAll(List.of("-s", out.resolve("generated").toString()));
          if (!with) {
            options.add("-proc:none");
          }
          Files.createDirectories(out.resolve("classes"));
          Files.createDirectories(out.resolve("generated"));
          var task = javac.getTask(null, files, null, options, null, sources);
          if (with) {
            task.setProcessors(List.of(processorClass.getDeclaredConstructor().newInstance()));
          }
          long start = System.nanoTime();
          boolean ok = task.call();
          long nanos = System.nanoTime() - start;
          delete(out);
          if (!ok) {
            throw new IllegalStateException("javac failed " + (with ? "with" : "without"));
          }
          if (i >= warmups) {
            System.out.printf("%s\t%.3f%n", with ? "with" : "without", nanos / 1e9);
          }
        }
      }
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
