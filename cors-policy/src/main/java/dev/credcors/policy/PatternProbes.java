package dev.credcors.policy;

import dev.credcors.policy.OriginSyntax.Origin;
import dev.credcors.policy.RegexTree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tries a pattern against attacker-style origins derived from the origins it is meant to accept
 * (its samples): look-alike suffixes, foreign prefixes, unescaped dots, foreign registrable
 * domains, URL delimiters, cleartext, fresh names under public suffixes, and (in {@link
 * SiteVariants} and {@link PortVariants}) variants of the registrable domain and port written out.
 * A probe that matches and is either not a browser-serialized origin or on a registrable domain
 * none of the samples has is an origin the author did not mean.
 */
final class PatternProbes {

  /** A finding: the catalogue entry and its arguments. */
  record Finding(Message message, Object[] args) {}

  /** Labels an attacker would register under a public suffix; one of them fits most classes. */
  private static final List<String> FRESH_LABELS =
      List.of("attacker", "evil-1", "x9", "0a", "12345");

  /** Characters that end or restructure a host in a URL, plus ones a host never contains. */
  private static final String SPECIAL = "@/#?%\\ ";

  private final String source;
  private final BoundedMatcher matcher;
  private final Sites sites;
  private final List<Origin> samples;
  private final Set<String> sampleSites = new LinkedHashSet<>();

  PatternProbes(String source, BoundedMatcher matcher, Sites sites, List<Origin> samples) {
    this.source = source;
    this.matcher = matcher;
    this.sites = sites;
    this.samples = samples;
    samples.forEach(o -> sampleSites.add(sites.site(o.host())));
  }

  /**
   * Every finding on the pattern.
   *
   * @param root the pattern's syntax tree
   * @param intended the origins of the pattern read as written, whose registrable domains are the
   *     ones the author meant
   * @param varied every origin sampled from the pattern, all its parts varied
   */
  List<Finding> findings(Node root, List<Origin> intended, List<Origin> varied) {
    List<Finding> out = new ArrayList<>();
    cleartext().ifPresent(out::add);
    Optional<Finding> publicSuffix = publicSuffix();
    if (publicSuffix.isPresent()) {
      out.add(publicSuffix.get());
    } else {
      permissive()
          .or(() -> new SiteVariants(source, root, matcher, sites).find(intended, varied))
          .or(() -> new PortVariants(source, matcher).find(root))
          .ifPresent(out::add);
    }
    return out;
  }

  /** An http sample, or an https sample whose http twin also matches (a scheme downgrade). */
  private Optional<Finding> cleartext() {
    Finding loopback = null;
    for (Origin sample : samples) {
      String http = sample.withScheme("http");
      if (!sample.scheme().equals("http") && !matcher.matches(http)) {
        continue;
      }
      if (!sample.isLoopback()) {
        return Optional.of(finding(Message.CLEARTEXT_PATTERN, http, source));
      }
      if (loopback == null) {
        loopback = finding(Message.LOOPBACK_PATTERN, http, source);
      }
    }
    return Optional.ofNullable(loopback);
  }

  private Optional<Finding> publicSuffix() {
    for (Origin sample : samples) {
      for (String parent : sites.publicParents(sample.host())) {
        for (String label : FRESH_LABELS) {
          String probe = sample.scheme() + "://" + label + "." + parent + sample.portSuffix();
          if (matcher.matches(probe)) {
            return Optional.of(finding(Message.PUBLIC_SUFFIX_PATTERN, parent, source, probe));
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Finding> permissive() {
    for (Origin sample : samples) {
      Optional<Finding> found = permissive(sample);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Finding> permissive(Origin sample) {
    String scheme = sample.scheme() + "://";
    String host = sample.host();
    String port = sample.portSuffix();
    String site = sites.site(host);
    boolean domain = !sample.isIpAddress() && site.indexOf('.') >= 0;
    if (domain) {
      for (String prefix : List.of("evil", "evil-")) {
        String probe = scheme + prefix + site + port;
        if (isAttack(probe)) {
          return found(Message.PERMISSIVE_LOOKALIKE, probe, source, site.replace(".", "\\."));
        }
      }
    }
    for (String probe :
        List.of(scheme + host + ".evil.test" + port, scheme + host + port + ".evil.test")) {
      if (isAttack(probe)) {
        return found(Message.PERMISSIVE_PREFIX, probe, source);
      }
    }
    for (int k = host.indexOf('.'); k >= 0; k = host.indexOf('.', k + 1)) {
      for (char replacement : new char[] {'x', '-'}) {
        String probe = scheme + host.substring(0, k) + replacement + host.substring(k + 1) + port;
        if (isAttack(probe)) {
          return found(Message.PERMISSIVE_UNESCAPED_DOT, probe, source);
        }
      }
    }
    if (domain) {
      String[] labels = host.split("\\.", -1);
      for (int j = 0; j < labels.length; j++) {
        String[] replaced = labels.clone();
        replaced[j] = "evil";
        String probe = scheme + String.join(".", replaced) + port;
        if (isAttack(probe)) {
          return found(Message.PERMISSIVE_OTHER_SITE, probe, source);
        }
      }
    }
    String text = scheme + host + port;
    for (int position : insertionPoints(scheme.length(), host, text.length())) {
      for (int i = 0; i < SPECIAL.length(); i++) {
        String probe = text.substring(0, position) + SPECIAL.charAt(i) + text.substring(position);
        if (isAttack(probe)) {
          Message message =
              OriginSyntax.isValid(probe)
                  ? Message.PERMISSIVE_OTHER_SITE
                  : Message.PERMISSIVE_MALFORMED;
          return found(message, probe, source);
        }
      }
    }
    return Optional.empty();
  }

  /** Host start and end, both sides of every dot, and the end of the origin. */
  private static Set<Integer> insertionPoints(int hostStart, String host, int end) {
    Set<Integer> points = new LinkedHashSet<>();
    points.add(hostStart);
    for (int k = host.indexOf('.'); k >= 0; k = host.indexOf('.', k + 1)) {
      points.add(hostStart + k);
      points.add(hostStart + k + 1);
    }
    points.add(hostStart + host.length());
    points.add(end);
    return points;
  }

  /** The pattern accepts {@code probe}, which no sample's registrable domain covers. */
  private boolean isAttack(String probe) {
    if (!matcher.matches(probe)) {
      return false;
    }
    Optional<Origin> parsed = OriginSyntax.parse(probe);
    return parsed.isEmpty() || !sampleSites.contains(sites.site(parsed.get().host()));
  }

  private static Finding finding(Message message, Object... args) {
    return new Finding(message, args);
  }

  private static Optional<Finding> found(Message message, Object... args) {
    return Optional.of(new Finding(message, args));
  }
}
