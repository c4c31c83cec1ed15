package dev.credcors.policy;

import dev.credcors.policy.RegexTree.Alt;
import dev.credcors.policy.RegexTree.Anchor;
import dev.credcors.policy.RegexTree.BackRef;
import dev.credcors.policy.RegexTree.Chars;
import dev.credcors.policy.RegexTree.Group;
import dev.credcors.policy.RegexTree.Look;
import dev.credcors.policy.RegexTree.Node;
import dev.credcors.policy.RegexTree.Repeat;
import dev.credcors.policy.RegexTree.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses a pattern that {@link Pattern#compile} has already accepted into a {@link RegexTree}.
 * Character classes and class escapes are not re-implemented: each is compiled on its own, with the
 * flags in force, and tried against {@link RegexTree#ALPHABET}, so their meaning is exactly {@code
 * java.util.regex}'s.
 */
final class RegexParser {

  /** The pattern uses something this parser cannot represent faithfully. */
  static final class UnsupportedPatternException extends RuntimeException {
    UnsupportedPatternException(String message) {
      super(message, null, false, false);
    }
  }

  private final String p;
  private int pos;
  private int flags;
  private final CharClasses classes = new CharClasses();
  private final List<FlagGroup> flagGroups = new ArrayList<>();

  /**
   * An inline flag group as written: {@code (?i)} ({@code scoped} false, applies to the rest of the
   * enclosing group) or {@code (?i:...)}; {@code on} holds the flags it turns on.
   */
  record FlagGroup(int index, String on, boolean scoped, String source) {}

  private RegexParser(String pattern) {
    this.p = pattern;
  }

  static Node parse(String pattern) {
    RegexParser parser = new RegexParser(pattern);
    Node root = parser.alternation();
    if (parser.pos < pattern.length()) {
      throw new UnsupportedPatternException("unbalanced ) at index " + parser.pos);
    }
    return root;
  }

  /** The inline flag groups of a pattern {@link Pattern#compile} has accepted, in order. */
  static List<FlagGroup> flagGroups(String pattern) {
    RegexParser parser = new RegexParser(pattern);
    parser.alternation();
    return List.copyOf(parser.flagGroups);
  }

  private Node alternation() {
    int start = pos;
    List<Node> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < p.length() && p.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    return branches.size() == 1 ? branches.get(0) : new Alt(branches, p.substring(start, pos));
  }

  private Node sequence() {
    int start = pos;
    List<Node> items = new ArrayList<>();
    while (true) {
      skipComments();
      if (pos >= p.length() || p.charAt(pos) == '|' || p.charAt(pos) == ')') {
        break;
      }
      int atomStart = pos;
      Node atom = atom();
      if (atom == null) {
        continue;
      }
      if (atom instanceof Seq quoted) {
        // \Q...\E: a following quantifier applies to the last quoted character only.
        List<Node> chars = quoted.items();
        items.addAll(chars.subList(0, chars.size() - 1));
        atom = chars.get(chars.size() - 1);
        atomStart = pos - 1;
      }
      items.add(quantified(atom, atomStart));
    }
    return items.size() == 1 ? items.get(0) : new Seq(items, p.substring(start, pos));
  }

  private Node quantified(Node atom, int atomStart) {
    Node node = atom;
    while (true) {
      skipComments();
      if (pos >= p.length()) {
        return node;
      }
      char c = p.charAt(pos);
      long min;
      long max;
      if (c == '?') {
        min = 0;
        max = 1;
        pos++;
      } else if (c == '*') {
        min = 0;
        max = -1;
        pos++;
      } else if (c == '+') {
        min = 1;
        max = -1;
        pos++;
      } else if (c == '{' && pos + 1 < p.length() && Character.isDigit(p.charAt(pos + 1))) {
        pos++;
        min = number();
        max = min;
        if (p.charAt(pos) == ',') {
          pos++;
          max = p.charAt(pos) == '}' ? -1 : number();
        }
        pos++; // '}'
      } else {
        return node;
      }
      boolean possessive = false;
      if (pos < p.length() && p.charAt(pos) == '?') {
        pos++;
      } else if (pos < p.length() && p.charAt(pos) == '+') {
        possessive = true;
        pos++;
      }
      node =
          new Repeat(
              node,
              (int) Math.min(min, Integer.MAX_VALUE),
              (int) Math.min(max, Integer.MAX_VALUE),
              possessive,
              p.substring(atomStart, pos));
    }
  }

  private long number() {
    long value = 0;
    while (pos < p.length() && Character.isDigit(p.charAt(pos))) {
      value = Math.min(value * 10 + (p.charAt(pos) - '0'), Integer.MAX_VALUE);
      pos++;
    }
    return value;
  }

  private Node atom() {
    int start = pos;
    char c = p.charAt(pos);
    switch (c) {
      case '(':
        return group();
      case '[':
        {
          int end = classEnd(pos);
          pos = end;
          String text = p.substring(start, end);
          return new Chars(classes.evaluate(text, flags), null, text);
        }
      case '.':
        pos++;
        return new Chars(classes.evaluate(".", flags), null, ".");
      case '^':
      case '$':
        pos++;
        return new Anchor(String.valueOf(c));
      case '\\':
        return escape();
      default:
        int cp = p.codePointAt(pos);
        pos += Character.charCount(cp);
        return classes.literal(cp, p.substring(start, pos), flags);
    }
  }

  private Node group() {
    int start = pos;
    pos++;
    int savedFlags = flags;
    boolean capturing = true;
    boolean atomic = false;
    boolean look = false;
    boolean ahead = false;
    boolean negative = false;
    if (p.charAt(pos) == '?') {
      pos++;
      char k = p.charAt(pos);
      if (k == ':') {
        pos++;
        capturing = false;
      } else if (k == '=' || k == '!') {
        pos++;
        look = true;
        ahead = true;
        negative = k == '!';
      } else if (k == '>') {
        pos++;
        atomic = true;
        capturing = false;
      } else if (k == '<' && (p.charAt(pos + 1) == '=' || p.charAt(pos + 1) == '!')) {
        look = true;
        negative = p.charAt(pos + 1) == '!';
        pos += 2;
      } else if (k == '<') {
        pos = p.indexOf('>', pos) + 1; // named capturing group
      } else {
        boolean on = true;
        StringBuilder turnedOn = new StringBuilder();
        while (p.charAt(pos) != ')' && p.charAt(pos) != ':') {
          char f = p.charAt(pos++);
          if (f == '-') {
            on = false;
            continue;
          }
          int bit = flagBit(f);
          flags = on ? flags | bit : flags & ~bit;
          if (on) {
            turnedOn.append(f);
          }
        }
        boolean scoped = p.charAt(pos) == ':';
        flagGroups.add(
            new FlagGroup(start, turnedOn.toString(), scoped, p.substring(start, pos + 1)));
        if (!scoped) {
          pos++;
          return null; // (?i): applies to the rest of the enclosing group
        }
        pos++;
        capturing = false;
      }
    }
    Node body = alternation();
    pos++; // ')'
    flags = savedFlags;
    String text = p.substring(start, pos);
    return look ? new Look(body, ahead, negative, text) : new Group(body, capturing, atomic, text);
  }

  private Node escape() {
    int start = pos;
    pos++;
    char e = p.charAt(pos);
    pos++;
    switch (e) {
      case 'Q':
        {
          int end = p.indexOf("\\E", pos);
          String quoted = end < 0 ? p.substring(pos) : p.substring(pos, end);
          pos = end < 0 ? p.length() : end + 2;
          if (quoted.isEmpty()) {
            return null;
          }
          List<Node> chars = new ArrayList<>();
          quoted
              .codePoints()
              .forEach(
                  cp -> chars.add(classes.literal(cp, new String(Character.toChars(cp)), flags)));
          return new Seq(chars, p.substring(start, pos));
        }
      case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
        return classEscape(start);
      case 'p', 'P', 'N':
        if (pos < p.length() && p.charAt(pos) == '{') {
          pos = p.indexOf('}', pos) + 1;
        } else {
          pos++;
        }
        return classEscape(start);
      case 'b':
        if (pos < p.length() && p.charAt(pos) == '{') {
          pos = p.indexOf('}', pos) + 1;
        }
        return new Anchor(p.substring(start, pos));
      case 'B', 'A', 'G', 'Z', 'z':
        return new Anchor(p.substring(start, pos));
      case 'k':
        pos = p.indexOf('>', pos) + 1;
        return new BackRef(p.substring(start, pos));
      case '1', '2', '3', '4', '5', '6', '7', '8', '9':
        return new BackRef(p.substring(start, pos));
      case '0':
        {
          int value = 0;
          int digits = 0;
          while (pos < p.length() && digits < 3 && p.charAt(pos) >= '0' && p.charAt(pos) <= '7') {
            int next = value * 8 + (p.charAt(pos) - '0');
            if (next > 0377) {
              break;
            }
            value = next;
            pos++;
            digits++;
          }
          return classes.literal(value, p.substring(start, pos), flags);
        }
      case 'x':
        {
          int value;
          if (p.charAt(pos) == '{') {
            int close = p.indexOf('}', pos);
            value = Integer.parseInt(p.substring(pos + 1, close), 16);
            pos = close + 1;
          } else {
            value = Integer.parseInt(p.substring(pos, pos + 2), 16);
            pos += 2;
          }
          return classes.literal(value, p.substring(start, pos), flags);
        }
      case 'u':
        {
          int value = Integer.parseInt(p.substring(pos, pos + 4), 16);
          pos += 4;
          return classes.literal(value, p.substring(start, pos), flags);
        }
      case 'c':
        pos++;
        return classes.literal(p.charAt(pos - 1) ^ 64, p.substring(start, pos), flags);
      case 't':
        return classes.literal('\t', p.substring(start, pos), flags);
      case 'n':
        return classes.literal('\n', p.substring(start, pos), flags);
      case 'r':
        return classes.literal('\r', p.substring(start, pos), flags);
      case 'f':
        return classes.literal('\f', p.substring(start, pos), flags);
      case 'a':
        return classes.literal(7, p.substring(start, pos), flags);
      case 'e':
        return classes.literal(27, p.substring(start, pos), flags);
      default:
        {
          pos--;
          int cp = p.codePointAt(pos);
          pos += Character.charCount(cp);
          return classes.literal(cp, p.substring(start, pos), flags);
        }
    }
  }

  private Node classEscape(int start) {
    String text = p.substring(start, pos);
    return new Chars(classes.evaluate(text, flags), null, text);
  }

  /** The end (exclusive) of the character class starting at {@code start}, nested ones included. */
  private int classEnd(int start) {
    int depth = 0;
    int i = start;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\') {
        if (i + 1 < p.length() && p.charAt(i + 1) == 'Q') {
          int end = p.indexOf("\\E", i + 2);
          i = end < 0 ? p.length() : end + 2;
        } else {
          i += 2;
        }
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    throw new UnsupportedPatternException("unterminated character class at index " + start);
  }

  private void skipComments() {
    if ((flags & Pattern.COMMENTS) == 0) {
      return;
    }
    while (pos < p.length()) {
      char c = p.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        pos++;
      } else if (c == '#') {
        while (pos < p.length() && p.charAt(pos) != '\n' && p.charAt(pos) != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private static int flagBit(char f) {
    switch (f) {
      case 'i':
        return Pattern.CASE_INSENSITIVE;
      case 'd':
        return Pattern.UNIX_LINES;
      case 'm':
        return Pattern.MULTILINE;
      case 's':
        return Pattern.DOTALL;
      case 'u':
        return Pattern.UNICODE_CASE;
      case 'x':
        return Pattern.COMMENTS;
      case 'U':
        return Pattern.UNICODE_CHARACTER_CLASS;
      case 'c':
        return Pattern.CANON_EQ;
      default:
        throw new UnsupportedPatternException("unknown flag " + f);
    }
  }
}
