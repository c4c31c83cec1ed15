package dev.credcors.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Registrable domains ("sites", eTLD+1) computed with the injected Public Suffix List, so that a
 * probe origin can be judged as "the author's own domain" or "someone else's", and so that the
 * runtime can tell a cross-site request from a same-site one (HTML's "same site": same scheme and
 * registrable domain).
 */
public final class Sites {

  private final PublicSuffixes publicSuffixes;

  public Sites(PublicSuffixes publicSuffixes) {
    this.publicSuffixes = publicSuffixes;
  }

  /** Whether anyone can register names directly under {@code domain}; false on any doubt. */
  boolean isPublicSuffix(String domain) {
    try {
      return publicSuffixes.isPublicSuffix(domain);
    } catch (RuntimeException e) {
      return false; // the list rejected the name (e.g. not a valid domain): not a known suffix
    }
  }

  /**
   * The registrable domain of {@code host}: the host itself for IP addresses and single labels;
   * otherwise the longest public suffix plus one label, where an unlisted top-level domain counts
   * as public (the list's implicit "*" rule).
   */
  public String site(String host) {
    if (host.startsWith("[") || IpAddresses.endsInNumber(host) || host.indexOf('.') < 0) {
      return host;
    }
    String[] labels = host.split("\\.", -1);
    for (int i = 0; i < labels.length; i++) {
      String suffix = String.join(".", Arrays.asList(labels).subList(i, labels.length));
      if (isPublicSuffix(suffix)) {
        return i == 0
            ? host
            : String.join(".", Arrays.asList(labels).subList(i - 1, labels.length));
      }
    }
    return labels[labels.length - 2] + "." + labels[labels.length - 1];
  }

  /** The proper parent domains of {@code host} that are public suffixes, nearest first. */
  List<String> publicParents(String host) {
    List<String> parents = new ArrayList<>();
    if (host.startsWith("[") || IpAddresses.endsInNumber(host)) {
      return parents;
    }
    int dot = host.indexOf('.');
    while (dot >= 0) {
      String parent = host.substring(dot + 1);
      if (!parent.isEmpty() && isPublicSuffix(parent)) {
        parents.add(parent);
      }
      dot = host.indexOf('.', dot + 1);
    }
    return parents;
  }
}
