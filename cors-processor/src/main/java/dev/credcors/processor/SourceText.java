package dev.credcors.processor;

/**
 * Java source text laid out as JavaPoet lays it out (two-space indentation, Javadoc blocks, soft
 * wraps at column 100 that continue four spaces deeper), written in one pass. {@link FilterWriter}
 * used JavaPoet itself until profiling showed javac spending a tenth of a compilation in it:
 * JavaPoet writes every file twice (once to collect the imports) through a chain of small appends,
 * for a class whose shape never changes. The generated files are byte for byte what JavaPoet wrote.
 */
final class SourceText {

  private static final int COLUMN_LIMIT = 100;
  private static final String INDENT = "  ";

  /**
   * What to write at the pending soft wrap: a space or nothing if the line fits, else a newline.
   */
  private enum Wrap {
    SPACE,
    EMPTY
  }

  private final StringBuilder out = new StringBuilder();

  /** Text written since the pending soft wrap, held until it is known whether the line fits. */
  private final StringBuilder held = new StringBuilder();

  /** Characters since the last newline, the held ones included. */
  private int column;

  /** The soft wrap waiting for the text after it, or null. */
  private Wrap pending;

  /** The indentation level of the continuation line if the pending soft wrap breaks. */
  private int pendingIndent;

  private int indentLevel;
  private boolean javadoc;
  private boolean atLineStart = true;

  SourceText indent(int levels) {
    indentLevel += levels;
    return this;
  }

  SourceText unindent(int levels) {
    indentLevel -= levels;
    return this;
  }

  /** Code text: each new line indented, and, inside {@link #javadoc}, prefixed with {@code *}. */
  SourceText emit(String text) {
    int start = 0;
    while (true) {
      int newline = text.indexOf('\n', start);
      String line = newline < 0 ? text.substring(start) : text.substring(start, newline);
      if (!line.isEmpty()) {
        if (atLineStart) {
          indentation();
          if (javadoc) {
            append(" * ");
          }
        }
        append(line);
        atLineStart = false;
      }
      if (newline < 0) {
        return this;
      }
      if (javadoc && atLineStart) { // a blank line inside a Javadoc comment
        indentation();
        append(" *");
      }
      append("\n");
      atLineStart = true;
      start = newline + 1;
    }
  }

  /** {@code value} as a Java string literal, escaped as JavaPoet's {@code $S} escapes it. */
  SourceText literal(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\b' -> literal.append("\\b");
        case '\t' -> literal.append("\\t");
        case '\n' -> literal.append("\\n");
        case '\f' -> literal.append("\\f");
        case '\r' -> literal.append("\\r");
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        default ->
            literal.append(
                Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
      if (c == '\n' && i + 1 < value.length()) { // a multi-line value continues on the next line
        literal.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
      }
    }
    return emit(literal.append('"').toString());
  }

  /** A Javadoc comment holding {@code text} (one or more lines). */
  SourceText javadoc(String text) {
    emit("/**\n");
    javadoc = true;
    emit(text);
    if (!atLineStart) {
      emit("\n");
    }
    javadoc = false;
    return emit(" */\n");
  }

  /**
   * A space, or a line break continuing two levels deeper if the text up to the next one does not
   * fit.
   */
  SourceText wrappingSpace() {
    flushPending();
    column++;
    pending = Wrap.SPACE;
    pendingIndent = indentLevel + 2;
    return this;
  }

  /** Nothing, or a line break continuing two levels deeper if the text after it does not fit. */
  SourceText zeroWidthSpace() {
    if (column == 0) {
      return this;
    }
    flushPending();
    pending = Wrap.EMPTY;
    pendingIndent = indentLevel + 2;
    return this;
  }

  @Override
  public String toString() {
    flushPending();
    return out.toString();
  }

  private void indentation() {
    for (int i = 0; i < indentLevel; i++) {
      append(INDENT);
    }
  }

  /** Appends {@code s}, deciding a pending soft wrap as soon as the line's length is known. */
  private void append(String s) {
    if (pending != null) {
      int newline = s.indexOf('\n');
      if (newline < 0 && column + s.length() <= COLUMN_LIMIT) {
        held.append(s);
        column += s.length();
        return;
      }
      if (newline < 0 || column + newline > COLUMN_LIMIT) {
        out.append('\n').append(INDENT.repeat(pendingIndent));
        column = pendingIndent * INDENT.length() + held.length();
        pending = null;
      }
      flushPending();
    }
    out.append(s);
    int lastNewline = s.lastIndexOf('\n');
    column = lastNewline < 0 ? column + s.length() : s.length() - lastNewline - 1;
  }

  private void flushPending() {
    if (pending == Wrap.SPACE) {
      out.append(' ');
    }
    out.append(held);
    held.setLength(0);
    pending = null;
  }
}
