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
 *   <li>three or more unbounded repetitions side by side, each sharing a character with the next
 *       ({@code \w*\w*\w*}): a failing input of n characters is split between them in about n^k
 *       ways, polynomial but steep (a 100-character Origin against five takes seconds).
 * </ul>
 *
 * Possessive quantifiers and atomic groups never backtrack, so they do not count as the inner
 * repetition.
 */
final class CatastrophicBacktracking {

  /** The first finding: its message and the repetition at fault, as written. */
  record Finding(Message message, String part) {}

  /**
   * Side-by-side overlapping repetitions tolerated: two cost n^2 steps, harmless for an Origin the
   * runtime caps at a few hundred characters; three already cost millions.
   */
  static final int MAX_ADJACENT = 2;

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

  /** The first run of more than {@link #MAX_ADJACENT} overlapping repetitions, as written. */
  private static Optional<String> adjacent(Node node) {
    if (node instanceof Seq seq) {
      StringBuilder run = new StringBuilder();
      int length = 0;
      BitSet previous = null;
      for (Node item : seq.items()) {
        BitSet chars = backtrackingLoop(item);
        if (chars == null || previous == null || !chars.intersects(previous)) {
          run.setLength(0);
          length = 0;
        }
        if (chars != null) {
          run.append(item.source());
          length++;
          if (length > MAX_ADJACENT) {
            return Optional.of(run.toString());
          }
        }
        previous = chars;
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
   * The characters of an unbounded, backtracking repetition ({@code \w*}, {@code [a-z]+}), else
   * null.
   */
  private static BitSet backtrackingLoop(Node node) {
    Node inner = node;
    while (inner instanceof Group g && !g.atomic()) {
      inner = g.body();
    }
    if (inner instanceof Repeat r && !r.possessive() && r.max() < 0) {
      return RegexWalk.first(r.body());
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
