package dev.credcors.policy;

import dev.credcors.policy.OriginSyntax.Origin;
import dev.credcors.policy.RegexTree.Chars;
import dev.credcors.policy.RegexTree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registrable domain (eTLD+1) of every origin a pattern accepts must be one its author wrote
 * down: literal text, or explicit literal alternatives ({@code example\.(com|org)}). A quantifier,
 * optional character or class at or right of it ({@code com?}, {@code examp?le}, {@code
 * com(\.[a-z]{2})?}, {@code com\w*}) lets the registrable domain vary, and every variant is a
 * domain an attacker can register ({@code example.co}, {@code example.com.co} under the public
 * suffix {@code com.co}, {@code example.community}).
 *
 * <p>The intended registrable domains are those of the pattern read as written ({@link
 * PatternSamples#asWritten}). This class then edits each intended host at and right of its
 * registrable domain the way a variable part could (drop or double a character, change one, add a
 * label or lengthen the top-level domain) and also tries the pattern's freely varied samples; an
 * accepted origin whose registrable domain is none of the intended ones is the finding.
 */
final class SiteVariants {

  /** Labels appended where an optional group or class can extend the host: common suffixes. */
  private static final List<String> NEW_LABELS = List.of(".co", ".uk", ".de", ".com", ".x");

  /**
   * Real top-level domains that lengthen a shorter one ({@code com} to {@code community}), so a
   * message can quote a registrable look-alike rather than an invented one.
   */
  private static final List<String> LONGER_TLDS =
      List.of(
          "community",
          "company",
          "computer",
          "codes",
          "coffee",
          "network",
          "news",
          "online",
          "organic",
          "design",
          "deals",
          "info",
          "industries",
          "uno");

  /**
   * What a changed or inserted character becomes, besides two members of each of the pattern's
   * classes: a letter and a digit.
   */
  private static final String REPLACEMENTS = "x0";

  private static final String HOST_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-";

  private final String source;
  private final BoundedMatcher matcher;
  private final Sites sites;
  private final String replacements;
  private final Map<String, String> siteOfHost = new HashMap<>();

  SiteVariants(String source, Node root, BoundedMatcher matcher, Sites sites) {
    this.source = source;
    this.matcher = matcher;
    this.sites = sites;
    this.replacements = replacements(root);
  }

  /** {@link #REPLACEMENTS} plus the first two host characters of every class in the pattern. */
  private static String replacements(Node root) {
    Set<Character> out = new LinkedHashSet<>();
    REPLACEMENTS.chars().forEach(c -> out.add((char) c));
    List<Node> pending = new ArrayList<>(List.of(root));
    while (!pending.isEmpty() && out.size() < 12) {
      Node node = pending.remove(pending.size() - 1);
      pending.addAll(RegexWalk.children(node));
      if (node instanceof Chars c && c.literal() == null) {
        HOST_CHARS.chars().filter(h -> c.set().get(h)).limit(2).forEach(h -> out.add((char) h));
      }
    }
    StringBuilder text = new StringBuilder();
    out.forEach(text::append);
    return text.toString();
  }

  /**
   * An origin the pattern accepts on a registrable domain other than the intended ones.
   *
   * @param intended the origins of the pattern read as written
   * @param varied the origins of the pattern with every part varied
   */
  Optional<PatternProbes.Finding> find(List<Origin> intended, List<Origin> varied) {
    // Each intended registrable domain, with the first origin that has it.
    Map<String, Origin> intendedSites = new LinkedHashMap<>();
    for (Origin origin : intended) {
      String site = registrable(origin);
      if (site != null) {
        intendedSites.putIfAbsent(site, origin);
      }
    }
    if (intendedSites.isEmpty()) {
      return Optional.empty(); // IP addresses, single labels, or no reading that matches
    }
    for (Map.Entry<String, Origin> entry : intendedSites.entrySet()) {
      Origin origin = entry.getValue();
      for (String host : edits(origin.host(), entry.getKey(), replacements)) {
        String probe = origin.scheme() + "://" + host + origin.portSuffix();
        String site = otherSite(probe, intendedSites.keySet());
        if (site != null) {
          return found(probe, entry.getKey(), site);
        }
      }
    }
    for (Origin origin : varied) {
      String probe = origin.scheme() + "://" + origin.host() + origin.portSuffix();
      String site = otherSite(probe, intendedSites.keySet());
      if (site != null) {
        return found(probe, intendedSites.keySet().iterator().next(), site);
      }
    }
    return Optional.empty();
  }

  private Optional<PatternProbes.Finding> found(String probe, String intendedSite, String site) {
    return Optional.of(
        new PatternProbes.Finding(
            Message.PERMISSIVE_VARIABLE_SITE, new Object[] {probe, source, intendedSite, site}));
  }

  /** The registrable domain of {@code probe} if the pattern accepts it and it is not intended. */
  private String otherSite(String probe, Set<String> intendedSites) {
    if (!matcher.matches(probe)) {
      return null;
    }
    Optional<Origin> origin = OriginSyntax.parse(probe);
    String site = origin.isPresent() ? registrable(origin.get()) : null;
    return site == null || intendedSites.contains(site) ? null : site;
  }

  /**
   * The registrable domain of a domain-name host, or null for IP addresses and single labels, which
   * nobody registers.
   */
  private String registrable(Origin origin) {
    if (origin.isIpAddress()) {
      return null;
    }
    // Varied samples mostly share a few hosts; each look-up walks the Public Suffix List.
    String site = siteOfHost.computeIfAbsent(origin.host(), sites::site);
    return site.indexOf('.') < 0 ? null : site;
  }

  /**
   * Edits of {@code host} at and right of its registrable domain {@code site}, best quote first.
   */
  private static Set<String> edits(String host, String site, String replacements) {
    int start = host.length() - site.length();
    int end = host.length();
    Set<String> out = new LinkedHashSet<>();
    for (int i = start; i < end; i++) {
      out.add(host.substring(0, i) + host.substring(i + 1)); // an optional character left out
    }
    for (String label : NEW_LABELS) {
      out.add(host + label); // an optional group or class adds a label
    }
    String tld = host.substring(host.lastIndexOf('.') + 1);
    for (String longer : LONGER_TLDS) {
      if (longer.length() > tld.length() && longer.startsWith(tld)) {
        out.add(host + longer.substring(tld.length())); // a class extends the top-level domain
      }
    }
    out.add(host + "x");
    for (int i = start; i < end; i++) {
      out.add(host.substring(0, i + 1) + host.substring(i)); // a repeated character doubled
    }
    for (int i = start; i < end; i++) {
      for (int r = 0; r < replacements.length(); r++) {
        char c = replacements.charAt(r);
        if (host.charAt(i) != c) {
          out.add(host.substring(0, i) + c + host.substring(i + 1)); // a class in the domain
        }
      }
    }
    for (int i = start; i <= end; i++) {
      for (int r = 0; r < replacements.length(); r++) {
        out.add(
            host.substring(0, i) + replacements.charAt(r) + host.substring(i)); // optional class
      }
    }
    return out;
  }
}
