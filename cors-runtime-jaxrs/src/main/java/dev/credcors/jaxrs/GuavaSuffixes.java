package dev.credcors.jaxrs;

import com.google.common.net.InternetDomainName;
import dev.credcors.policy.PublicSuffixes;

/**
 * The Public Suffix List from Guava, ICANN and private sections alike. Loaded only after {@link
 * RegistrableDomains} has seen that Guava is on the class path, so the runtime works without it.
 */
final class GuavaSuffixes {

  private GuavaSuffixes() {}

  static PublicSuffixes list() {
    return domain ->
        InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();
  }
}
