package dev.credcors.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints through javac's {@link Messager} and records each diagnostic, with the line and column
 * javac reports it at, in a {@link SarifLog}. Positions come from javac's tree API ({@code
 * com.sun.source}); under another compiler, results are recorded without a location.
 */
final class SarifMessager implements Messager {

  private final Messager delegate;
  private final Trees trees;
  private final SarifLog log = new SarifLog();

  SarifMessager(ProcessingEnvironment env) {
    this.delegate = env.getMessager();
    Trees found;
    try {
      found = Trees.instance(env);
    } catch (RuntimeException | LinkageError e) {
      found = null; // not javac, or a wrapped environment: no positions
    }
    this.trees = found;
  }

  SarifLog log() {
    return log;
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
    delegate.printMessage(kind, msg);
    record(kind, msg, null, null, null);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
    delegate.printMessage(kind, msg, e);
    record(kind, msg, e, null, null);
  }

  @Override
  public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
    delegate.printMessage(kind, msg, e, a);
    record(kind, msg, e, a, null);
  }

  @Override
  public void printMessage(
      Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
    delegate.printMessage(kind, msg, e, a, v);
    record(kind, msg, e, a, v);
  }

  private void record(
      Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
    log.add(new SarifLog.Result(kind, msg.toString(), locate(e, a, v)));
  }

  /** Where javac reports the diagnostic: the value, else the annotation, else the element. */
  private Optional<SarifLog.Location> locate(Element e, AnnotationMirror a, AnnotationValue v) {
    if (trees == null || e == null) {
      return Optional.empty();
    }
    try {
      TreePath path =
          v != null ? trees.getPath(e, a, v) : a != null ? trees.getPath(e, a) : trees.getPath(e);
      if (path == null) {
        return Optional.empty();
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      SourcePositions positions = trees.getSourcePositions();
      long start = positions.getStartPosition(unit, path.getLeaf());
      if (start < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new SarifLog.Location(
              unit.getSourceFile().toUri().toString(),
              unit.getLineMap().getLineNumber(start),
              unit.getLineMap().getColumnNumber(start)));
    } catch (RuntimeException | LinkageError ex) {
      return Optional.empty(); // a position is a courtesy; the diagnostic itself was printed
    }
  }
}
