package dev.credcors.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes an inventory ({@link Inventory#PATH}, {@link JsonInventory#PATH}) to {@code CLASS_OUTPUT}
 * through the {@link Filer} (so Gradle and javac track it), without clobbering a file credcors did
 * not write.
 *
 * <p>The path is credcors' own, so a file already there is either an inventory from an earlier
 * build (it starts with {@link Inventory#MARKER}; it is stale and replaced) or something else: a
 * resource copied into the class output before compilation, another processor's output. That file
 * would pose as the inventory in the jar, so it is kept and the build fails with an error saying
 * why, rather than a reviewer reading the wrong list.
 */
final class InventoryFile {

  static final String NOT_OURS =
      "credcors could not write its inventory because %s already exists in the class output and was"
          + " not written by credcors (%s): a reviewer would read that file as the list of trusted"
          + " origins; move or rename it (for Maven, check src/main/resources), or turn the"
          + " inventory off with -A"
          + CredentialedCorsProcessor.INVENTORY
          + "=false";

  static final String CANNOT_WRITE = "credcors could not write its inventory %s: %s";

  private final Filer filer;
  private final String path;
  private final String marker;

  /** The Markdown inventory. */
  InventoryFile(Filer filer) {
    this(filer, Inventory.PATH, Inventory.MARKER);
  }

  /** An inventory at {@code path} whose content always starts with {@code marker}. */
  InventoryFile(Filer filer, String path, String marker) {
    this.filer = filer;
    this.path = path;
    this.marker = marker;
  }

  /** Writes the inventory, or returns the error to report when it must not or cannot. */
  Optional<String> write(String content, TypeElement... originatingElements) {
    Optional<String> existing = read();
    if (existing.isPresent() && !existing.get().startsWith(marker)) {
      return Optional.of(
          String.format(NOT_OURS, path, "it does not start with the credcors marker"));
    }
    try {
      FileObject file =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originatingElements);
      // Bytes, not openWriter(): the file manager's charset follows -encoding or the platform.
      try (OutputStream out = file.openOutputStream()) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      }
      return Optional.empty();
    } catch (FilerException e) {
      // Another processor of this compilation created the path first (javac refuses to reopen it).
      return Optional.of(
          String.format(NOT_OURS, path, "another processor created it: " + e.getMessage()));
    } catch (IOException e) {
      return Optional.of(String.format(CANNOT_WRITE, path, e));
    }
  }

  /** The file already in the class output (from an earlier build, or another source), if any. */
  private Optional<String> read() {
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      return Optional.of(new String(readAll(file), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return Optional.empty(); // nothing there (javac: NoSuchFileException, in memory: not found)
    }
  }

  private static byte[] readAll(FileObject file) throws IOException {
    try (var in = file.openInputStream()) {
      return in.readAllBytes();
    }
  }
}
