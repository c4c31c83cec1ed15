package dev.credcors.processor;

import com.google.common.net.InternetDomainName;
import dev.credcors.policy.PublicSuffixes;

/**
 * The Public Suffix List as Guava ships it, ICANN and private sections alike: {@code github.io} and
 * {@code herokuapp.com} are as open to registration as {@code co.uk}.
 */
final class GuavaPublicSuffixes implements PublicSuffixes {

  @Override
  public boolean isPublicSuffix(String domain) {
    return InternetDomainName.isValid(domain) && InternetDomainName.from(domain).isPublicSuffix();
  }
}
