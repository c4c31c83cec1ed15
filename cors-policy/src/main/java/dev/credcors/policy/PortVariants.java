package dev.credcors.policy;

import dev.credcors.policy.RegexTree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A port its author wrote out must not vary: {@code :5173[0-9]*} admits {@code :51730}, {@code
 * :443[0-9]?} admits {@code :4430}, {@code :84[0-9]+} admits {@code :840}. The port is part of the
 * origin (RFC 6454), and on the same host another party can listen on any other port: every local
 * program on a loopback host, another tenant on a shared one. A browser then treats a page served
 * there as a trusted origin.
 *
 * <p>The written ports are those of the pattern read as written ({@link
 * PatternSamples#asWrittenMarked}): a port that starts with a literal digit is one its author
 * spelled out. A port that starts with a class ({@code :[0-9]{4,5}}) or lies in an optional group
 * over a class ({@code (:[0-9]{1,5})?}, read without it) is a free choice its author evidently
 * meant, and then the port is no boundary on that host at all, so the host is not probed. Each
 * written port is edited the way a quantifier or class could change it (a digit appended, the last
 * one dropped, one changed or doubled), keeping browser-serialized ports (1 to 65535, no leading
 * zero); an accepted origin whose port is not written out is the finding.
 */
final class PortVariants {

  /** Ports probed per pattern: enough for a list of alternatives, bounded for a hostile one. */
  private static final int MAX_PORTS = 12;

  private final String source;
  private final BoundedMatcher matcher;

  PortVariants(String source, BoundedMatcher matcher) {
    this.source = source;
    this.matcher = matcher;
  }

  /** The ports written for one scheme and host, and where the edits start from. */
  private static final class HostPorts {
    final Set<String> written = new LinkedHashSet<>();
    final Map<String, String> bases = new LinkedHashMap<>(); // port read -> port as written
    boolean free;
  }

  /** An origin the pattern accepts on a port of a written-out host that is not written out. */
  Optional<PatternProbes.Finding> find(Node root) {
    Map<String, HostPorts> hosts = new LinkedHashMap<>();
    for (String reading : PatternSamples.asWrittenMarked(root)) {
      read(reading, hosts);
    }
    int probed = 0;
    for (Map.Entry<String, HostPorts> entry : hosts.entrySet()) {
      HostPorts ports = entry.getValue();
      if (ports.free) {
        continue;
      }
      for (Map.Entry<String, String> base : ports.bases.entrySet()) {
        if (++probed > MAX_PORTS) {
          return Optional.empty();
        }
        for (String port : edits(base.getKey())) {
          String probe = entry.getKey() + ":" + port;
          if (!ports.written.contains(port)
              && OriginSyntax.isValid(probe)
              && matcher.matches(probe)) {
            return Optional.of(
                new PatternProbes.Finding(
                    Message.PERMISSIVE_PORT, new Object[] {probe, source, base.getValue()}));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Records the port of one as-written reading under its {@code scheme://host}. A scheme part that
   * is not a web scheme (a class) is read as both https and http, as the other pattern rules do.
   */
  private void read(String reading, Map<String, HostPorts> hosts) {
    String plain = PatternSamples.unmark(reading);
    int schemeEnd = reading.indexOf("://");
    if (schemeEnd < 0 || !matcher.matches(plain)) {
      return;
    }
    String authority = reading.substring(schemeEnd + 3);
    int hostEnd = authority.startsWith("[") ? authority.indexOf(']') + 1 : 0;
    int colon = authority.indexOf(':', hostEnd);
    if (colon < 0 || colon == authority.length() - 1) {
      return; // no port: the scheme's default, which no edit of a written port reaches
    }
    String port = authority.substring(colon + 1);
    String host = PatternSamples.unmark(authority.substring(0, colon));
    String scheme = plain.substring(0, schemeEnd);
    List<String> schemes =
        scheme.equals("https") || scheme.equals("http")
            ? List.of(scheme)
            : List.of("https", "http");
    int literal = 0;
    while (literal < port.length() && isDigit(port.charAt(literal))) {
      literal++;
    }
    String plainPort = PatternSamples.unmark(port); // same length: marking maps char to char
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < port.length(); i++) {
      // A class that is not a digit class here ("51.3") still stands for digits, among others.
      char c = plainPort.charAt(i);
      digits.append(PatternSamples.isMarked(port.charAt(i)) && !isDigit(c) ? '1' : c);
    }
    String read = digits.toString();
    if (!read.chars().allMatch(PortVariants::isDigit)) {
      return; // not a port a browser sends; the malformed-origin probes judge such patterns
    }
    for (String s : schemes) {
      HostPorts ports = hosts.computeIfAbsent(s + "://" + host, k -> new HostPorts());
      if (literal == 0) {
        ports.free = true; // the port starts with a class: any port was meant
      } else if (literal == port.length()) {
        ports.written.add(read);
        ports.bases.putIfAbsent(read, read);
      } else {
        // Digits written out, then a class ("84[0-9]+"): edit both the digits and the reading.
        ports.bases.putIfAbsent(port.substring(0, literal), port.substring(0, literal));
        ports.bases.putIfAbsent(read, port.substring(0, literal));
      }
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Ports a quantifier or class could turn {@code port} into, best quote first: a digit appended,
   * the last digit dropped, one digit changed, one doubled; only ports a browser serializes (1 to
   * 65535, no leading zero), so {@code :8443[0-9]*} is harmless: every longer port is too large.
   */
  static List<String> edits(String port) {
    Set<String> out = new LinkedHashSet<>();
    for (char d = '0'; d <= '9'; d++) {
      out.add(port + d);
    }
    out.add(port.substring(0, port.length() - 1));
    for (int i = 0; i < port.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        if (port.charAt(i) != d) {
          out.add(port.substring(0, i) + d + port.substring(i + 1));
        }
      }
    }
    for (int i = 0; i < port.length(); i++) {
      out.add(port.substring(0, i + 1) + port.substring(i)); // a repeated digit doubled
    }
    List<String> valid = new ArrayList<>();
    for (String candidate : out) {
      if (!candidate.isEmpty()
          && candidate.charAt(0) != '0'
          && candidate.length() <= 5
          && Integer.parseInt(candidate) <= 65535) {
        valid.add(candidate);
      }
    }
    return valid;
  }
}
