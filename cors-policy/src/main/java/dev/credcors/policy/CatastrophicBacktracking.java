package dev.credcors.policy;

import dev.credcors.policy.RegexTree.Alt;
import dev.credcors.policy.RegexTree.Chars;
import dev.credcors.policy.RegexTree.Group;
import dev.credcors.policy.RegexTree.Look;
import dev.credcors.policy.RegexTree.Node;
import dev.credcors.policy.RegexTree.Repeat;
import dev.credcors.policy.RegexTree.Seq;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds, on the syntax tree, the shapes that let a hostile input make {@code java.util.regex}
 * backtrack exponentially or recurse without bound:
 *
 * <ul>
 *   <li>a repetition (more than once) over a subexpression containing another repetition, bounded
 *       or not: {@code (a+)+}, {@code ([a-z]+\.){1,10}};
 *   <li>a repetition over alternatives that can start with the same character: {@code (a|ab)*},
 *       {@code (\w|\d)+};
 *   <li>an unbounded repetition of a group, which {@code java.util.regex} matches by recursion (one
 *       stack frame set per iteration), so a long enough input overflows the stack;
 *   <li>two unbounded repetitions side by side (or separated only by optional parts) that share a
 *       character ({@code [a-z]+[a-z0-9-]*}, {@code \w+-?\w+}): a failing input of n characters is
 *       split between them in about n^2 ways, and k of them in n^k. Quadratic is not harmless: one
 *       300-character Origin costs about 0.5 ms against such a pattern, hundreds of times a normal
 *       request (docs/PATTERN-ANALYSIS.md).
 * </ul>
 *
 * Possessive quantifiers and atomic groups never backtrack, so they do not count as the inner
 * repetition, nor as the first of two side by side (the second still consumes, so it counts).
 */
final class CatastrophicBacktracking {

  /** The first finding: its message and the repetition at fault, as written. */
  record Finding(Message message, String part) {}

  private CatastrophicBacktracking() {}

  static Optional<Finding> find(Node root) {
    Finding nested = null;
    Finding overlap = null;
    Finding recursive = null;
    for (Repeat repeat : RegexWalk.repeats(root)) {
      if (repeat.possessive() || !repeat.repeatsMoreThanOnce()) {
        continue;
      }
      if (nested == null && containsBacktrackingRepeat(repeat.body())) {
        nested = new Finding(Message.CATASTROPHIC_NESTED, repeat.source());
      }
      if (overlap == null && hasOverlappingAlternatives(repeat.body())) {
        overlap = new Finding(Message.CATASTROPHIC_OVERLAP, repeat.source());
      }
      if (recursive == null && repeat.max() < 0 && isRecursiveGroup(repeat.body())) {
        recursive = new Finding(Message.CATASTROPHIC_RECURSIVE_GROUP, repeat.source());
      }
    }
    if (nested == null && overlap == null && recursive == null) {
      return adjacent(root).map(part -> new Finding(Message.CATASTROPHIC_ADJACENT, part));
    }
    return Optional.ofNullable(nested != null ? nested : overlap != null ? overlap : recursive);
  }

  /**
   * The first two overlapping unbounded repetitions with only optional parts between them, quoted
   * from the first to the second as written.
   */
  private static Optional<String> adjacent(Node node) {
    if (node instanceof Seq seq) {
      List<Node> items = seq.items();
      BitSet trailing = null; // what a backtracking loop ending before item i can give back
      int from = -1;
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        BitSet leading = edge(item, false);
        if (trailing != null && leading != null && trailing.intersects(leading)) {
          StringBuilder part = new StringBuilder();
          for (int j = from; j <= i; j++) {
            part.append(items.get(j).source());
          }
          return Optional.of(part.toString());
        }
        BitSet ends = edge(item, true);
        if (RegexWalk.nullable(item) && trailing != null) {
          // An optional part may match nothing, leaving the earlier loop next to the later one.
          if (ends != null) {
            trailing = (BitSet) trailing.clone();
            trailing.or(ends);
          }
        } else {
          trailing = ends;
          from = i;
        }
      }
    }
    for (Node child : RegexWalk.children(node)) {
      Optional<String> found = adjacent(child);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The characters of an unbounded repetition at the start ({@code last} false) or end of {@code
   * node}, looking into groups and sequences, else null. At the end only a backtracking repetition
   * counts: one that never gives characters back cannot be split against its neighbour.
   */
  private static BitSet edge(Node node, boolean last) {
    if (node instanceof Repeat r && r.max() < 0) {
      return last && r.possessive() ? null : RegexWalk.first(r.body());
    }
    if (node instanceof Group g) {
      return last && g.atomic() ? null : edge(g.body(), last);
    }
    if (node instanceof Seq seq && !seq.items().isEmpty()) {
      return edge(seq.items().get(last ? seq.items().size() - 1 : 0), last);
    }
    return null;
  }

  private static boolean containsBacktrackingRepeat(Node node) {
    if (node instanceof Repeat r) {
      return !r.possessive() && r.repeatsMoreThanOnce() || containsBacktrackingRepeat(r.body());
    }
    if (node instanceof Group g) {
      return !g.atomic() && containsBacktrackingRepeat(g.body());
    }
    if (node instanceof Look) {
      return false; // lookarounds are atomic in java.util.regex
    }
    for (Node child : RegexWalk.children(node)) {
      if (containsBacktrackingRepeat(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOverlappingAlternatives(Node body) {
    Node inner = unwrap(body);
    if (!(inner instanceof Alt alt)) {
      return false;
    }
    List<Node> branches = alt.branches();
    for (int i = 0; i < branches.size(); i++) {
      if (RegexWalk.nullable(branches.get(i))) {
        return true; // an empty alternative under a loop matches the same (empty) text twice
      }
      BitSet first = RegexWalk.first(branches.get(i));
      for (int j = i + 1; j < branches.size(); j++) {
        if (first.intersects(RegexWalk.first(branches.get(j)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isRecursiveGroup(Node body) {
    if (!(body instanceof Group group)) {
      return body instanceof Seq || body instanceof Alt;
    }
    // (?:x)* of one character compiles to a simple loop; anything larger recurses per iteration.
    return group.capturing() || !(group.body() instanceof Chars);
  }

  private static Node unwrap(Node node) {
    Node current = node;
    while (current instanceof Group g) {
      current = g.body();
    }
    return current;
  }
}
