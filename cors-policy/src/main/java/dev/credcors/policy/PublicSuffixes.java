package dev.credcors.policy;

/**
 * Answers whether a domain is a public suffix (a name under which anyone can register a subdomain:
 * {@code com}, {@code co.uk}, {@code github.io}). The processor backs it with the Public Suffix
 * List that Guava's {@code InternetDomainName} ships; this module stays dependency-free.
 */
@FunctionalInterface
public interface PublicSuffixes {

  /**
   * @param domain a lower-case ASCII domain without a trailing dot, e.g. {@code github.io}
   */
  boolean isPublicSuffix(String domain);
}
