package dev.credcors.policy;

import dev.credcors.policy.RegexTree.Alt;
import dev.credcors.policy.RegexTree.BackRef;
import dev.credcors.policy.RegexTree.Chars;
import dev.credcors.policy.RegexTree.Group;
import dev.credcors.policy.RegexTree.Look;
import dev.credcors.policy.RegexTree.Node;
import dev.credcors.policy.RegexTree.Repeat;
import dev.credcors.policy.RegexTree.Seq;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Traversals and first/nullable sets over a {@link RegexTree}. */
final class RegexWalk {

  private RegexWalk() {}

  static List<Node> children(Node node) {
    if (node instanceof Seq s) {
      return s.items();
    }
    if (node instanceof Alt a) {
      return a.branches();
    }
    if (node instanceof Group g) {
      return List.of(g.body());
    }
    if (node instanceof Repeat r) {
      return List.of(r.body());
    }
    if (node instanceof Look l) {
      return List.of(l.body());
    }
    return List.of();
  }

  /** Every repetition, outermost first, in source order. */
  static List<Repeat> repeats(Node root) {
    List<Repeat> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node node, List<Repeat> out) {
    if (node instanceof Repeat r) {
      out.add(r);
    }
    for (Node child : children(node)) {
      collect(child, out);
    }
  }

  /** Whether {@code node} can match the empty string. */
  static boolean nullable(Node node) {
    if (node instanceof Chars) {
      return false;
    }
    if (node instanceof Seq s) {
      return s.items().stream().allMatch(RegexWalk::nullable);
    }
    if (node instanceof Alt a) {
      return a.branches().stream().anyMatch(RegexWalk::nullable);
    }
    if (node instanceof Group g) {
      return nullable(g.body());
    }
    if (node instanceof Repeat r) {
      return r.min() == 0 || nullable(r.body());
    }
    return true; // anchors, lookarounds, back references (may be empty)
  }

  /** The alphabet characters a match of {@code node} can start with. */
  static BitSet first(Node node) {
    BitSet out = new BitSet();
    if (node instanceof Chars c) {
      out.or(c.set());
    } else if (node instanceof Seq s) {
      for (Node item : s.items()) {
        out.or(first(item));
        if (!nullable(item)) {
          break;
        }
      }
    } else if (node instanceof Alt a) {
      a.branches().forEach(b -> out.or(first(b)));
    } else if (node instanceof Group g) {
      out.or(first(g.body()));
    } else if (node instanceof Repeat r) {
      out.or(first(r.body()));
    } else if (node instanceof BackRef) {
      out.set(0, RegexTree.ALPHABET.length()); // could start with anything captured
    }
    return out;
  }
}
