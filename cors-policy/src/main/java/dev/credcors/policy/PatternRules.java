package dev.credcors.policy;

import dev.credcors.policy.OriginSyntax.Origin;
import dev.credcors.policy.RegexTree.Alt;
import dev.credcors.policy.RegexTree.Anchor;
import dev.credcors.policy.RegexTree.Node;
import dev.credcors.policy.RegexTree.Seq;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rules for {@code originPatterns}: syntax, anchors, catastrophic backtracking (on the syntax
 * tree), then the probe-based rules (null, wildcard, cleartext, public suffix, permissive) run on
 * the compiled pattern. Every step is bounded and any unexpected failure on one pattern becomes an
 * {@code invalid-pattern} violation on that pattern, never an exception.
 */
final class PatternRules {

  /** A real origin pattern is a line; longer input is not analysed (and would not be reviewed). */
  static final int MAX_PATTERN_LENGTH = 1000;

  /** Sample origins probed per pattern. */
  private static final int MAX_SAMPLES = 6;

  /** Unrelated origins: a pattern that accepts one from each group accepts any origin. */
  private static final List<String> UNRELATED_A = List.of("https://evil.test", "http://evil.test");

  private static final List<String> UNRELATED_B =
      List.of(
          "https://attacker.example:8443", "https://attacker.example", "http://attacker.example");

  private final Sites sites;

  PatternRules(Sites sites) {
    this.sites = sites;
  }

  /** Receives one finding on the pattern being checked. */
  interface Sink {
    void report(Message message, Object... args);
  }

  void checkOne(String source, Sink sink) {
    if (source.length() > MAX_PATTERN_LENGTH) {
      sink.report(
          Message.UNANALYZABLE_PATTERN,
          source,
          "longer than " + MAX_PATTERN_LENGTH + " characters");
      return;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(source);
    } catch (PatternSyntaxException e) {
      sink.report(Message.INVALID_PATTERN, source, e.getDescription(), e.getIndex());
      return;
    } catch (RuntimeException | StackOverflowError e) {
      sink.report(Message.UNANALYZABLE_PATTERN, source, "java.util.regex cannot compile it");
      return;
    }
    try {
      analyse(source, pattern, sink);
    } catch (BoundedMatcher.BudgetExceededException e) {
      sink.report(Message.CATASTROPHIC_SLOW, source, BoundedMatcher.BUDGET, e.input);
    } catch (RegexParser.UnsupportedPatternException e) {
      sink.report(Message.UNANALYZABLE_PATTERN, source, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in the analysis must not crash javac; the pattern cannot be vouched for either.
      sink.report(Message.UNANALYZABLE_PATTERN, source, "analysis failed: " + e);
    }
  }

  private void analyse(String source, Pattern pattern, Sink sink) {
    Node root = RegexParser.parse(source);
    anchors(source, root, sink);
    inlineFlags(source, sink);
    Optional<CatastrophicBacktracking.Finding> catastrophic = CatastrophicBacktracking.find(root);
    if (catastrophic.isPresent()) {
      // Probing a backtracking pattern is exactly what must not be done; stop here.
      sink.report(catastrophic.get().message(), source, catastrophic.get().part());
      return;
    }
    BoundedMatcher matcher = new BoundedMatcher(pattern);
    if (matcher.matches("null")) {
      sink.report(Message.NULL_ORIGIN_PATTERN, source);
    }
    String unrelatedA = firstMatch(matcher, UNRELATED_A);
    String unrelatedB = firstMatch(matcher, UNRELATED_B);
    if (unrelatedA != null && unrelatedB != null) {
      sink.report(Message.WILDCARD_PATTERN, source, unrelatedA, unrelatedB);
      return;
    }
    List<Origin> varied = origins(matcher, PatternSamples.candidates(root), Integer.MAX_VALUE);
    List<Origin> intended = origins(matcher, PatternSamples.asWritten(root), MAX_SAMPLES);
    List<Origin> samples = new ArrayList<>(varied.subList(0, Math.min(MAX_SAMPLES, varied.size())));
    // The reading with the most labels is the one the author meant ("." as a literal dot).
    samples.sort(
        Comparator.comparingLong((Origin o) -> -o.host().chars().filter(c -> c == '.').count()));
    for (PatternProbes.Finding finding :
        new PatternProbes(source, matcher, sites, samples).findings(root, intended, varied)) {
      sink.report(finding.message(), finding.args());
    }
  }

  /**
   * The candidates the pattern accepts as origins, at most {@code limit}. A candidate whose scheme
   * part is not a web scheme (a class such as {@code [a-z]+://} sampled as {@code a://}) stands for
   * every scheme that part admits, so it is read as {@code https://} and {@code http://}.
   */
  private static List<Origin> origins(BoundedMatcher matcher, List<String> candidates, int limit) {
    List<Origin> out = new ArrayList<>();
    for (String candidate : candidates) {
      int colon = candidate.indexOf("://");
      List<String> readings =
          colon < 0 || OriginSyntax.isValid(candidate)
              ? List.of(candidate)
              : List.of("https" + candidate.substring(colon), "http" + candidate.substring(colon));
      for (String reading : readings) {
        Optional<Origin> parsed = OriginSyntax.parse(reading);
        if (parsed.isPresent()
            && out.size() < limit
            && !out.contains(parsed.get())
            && matcher.matches(reading)) {
          out.add(parsed.get());
        }
      }
    }
    return out;
  }

  private static String firstMatch(BoundedMatcher matcher, List<String> probes) {
    for (String probe : probes) {
      if (matcher.matches(probe)) {
        return probe;
      }
    }
    return null;
  }

  /**
   * Flags that change what {@code ^}, {@code $}, {@code .} or whitespace mean, anywhere, then any
   * flag group but one at the very start. A leading {@code (?i)} is allowed: browsers serialize
   * scheme and host in lower case and the runtime refuses a non-ASCII Origin before any pattern
   * runs, so it admits no origin a browser sends that the pattern without it would not.
   */
  private static void inlineFlags(String source, Sink sink) {
    List<RegexParser.FlagGroup> groups = RegexParser.flagGroups(source);
    for (RegexParser.FlagGroup group : groups) {
      for (char flag : group.on().toCharArray()) {
        Message message =
            switch (flag) {
              case 'm' -> Message.INLINE_FLAG_MULTILINE;
              case 's' -> Message.INLINE_FLAG_DOTALL;
              case 'x' -> Message.INLINE_FLAG_COMMENTS;
              case 'd' -> Message.INLINE_FLAG_UNIX_LINES;
              default -> null;
            };
        if (message != null) {
          sink.report(message, source, group.source());
          return;
        }
      }
    }
    int leading = 0; // (?u)(?i) at the very start is one leading run
    for (RegexParser.FlagGroup group : groups) {
      if (group.index() == leading && !group.scoped()) {
        leading += group.source().length();
      } else {
        sink.report(Message.INLINE_FLAGS_MID_PATTERN, source, group.source());
        return;
      }
    }
  }

  /** {@code ^} first and {@code $} last on the tree, so an escaped {@code \$} does not count. */
  private static void anchors(String source, Node root, Sink sink) {
    if (root instanceof Alt alt) {
      List<String> branches = new ArrayList<>();
      for (Node branch : alt.branches()) {
        branches.add(stripAnchors(branch));
      }
      sink.report(
          Message.UNANCHORED_ALTERNATION, source, "^(?:" + String.join("|", branches) + ")$");
      return;
    }
    List<Node> items = root instanceof Seq seq ? seq.items() : List.of(root);
    boolean starts = !items.isEmpty() && isAnchor(items.get(0), "^");
    boolean ends = !items.isEmpty() && isAnchor(items.get(items.size() - 1), "$");
    if (!starts || !ends || items.size() == 1) {
      String fixed = source;
      if (!starts) {
        fixed = "^" + fixed;
      }
      if (!ends || items.size() == 1) {
        fixed = fixed + "$";
      }
      sink.report(Message.UNANCHORED_PATTERN, source, fixed);
    }
  }

  private static String stripAnchors(Node branch) {
    String text = branch.source();
    List<Node> items = branch instanceof Seq seq ? seq.items() : List.of(branch);
    if (!items.isEmpty() && isAnchor(items.get(items.size() - 1), "$")) {
      text = text.substring(0, text.length() - 1);
    }
    if (!items.isEmpty() && isAnchor(items.get(0), "^") && text.startsWith("^")) {
      text = text.substring(1);
    }
    return text;
  }

  private static boolean isAnchor(Node node, String which) {
    return node instanceof Anchor anchor && anchor.source().equals(which);
  }
}
