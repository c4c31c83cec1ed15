package dev.credcors.jaxrs;

import com.google.common.net.InternetDomainName;
import dev.credcors.policy.PublicSuffixes;
import java.util.Optional;

/**
 * The Public Suffix List for the start-up check of configured patterns and for cookie diagnostics'
 * idea of "cross-site" ({@link RegistrableDomains}), from Guava when the application has it. Guava
 * is an optional dependency of the runtime: this is the only class that names it, loaded only after
 * {@link #ifPresent} has found it. Without it, configured patterns are refused ({@code
 * public-suffix-pattern}) rather than half-checked, and cookie diagnostics fall back to a
 * conservative reading.
 */
final class GuavaSuffixList implements PublicSuffixes {

  private static final String INTERNET_DOMAIN_NAME = "com.google.common.net.InternetDomainName";

  private GuavaSuffixList() {}

  static Optional<PublicSuffixes> ifPresent(ClassLoader loader) {
    try {
      Class.forName(INTERNET_DOMAIN_NAME, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
    return Optional.of(new GuavaSuffixList());
  }

  @Override
  public boolean isPublicSuffix(String domain) {
    return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();
  }
}
