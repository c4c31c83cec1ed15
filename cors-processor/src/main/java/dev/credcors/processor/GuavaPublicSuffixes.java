package dev.credcors.processor;

import com.google.common.net.InternetDomainName;
import dev.credcors.policy.PublicSuffixes;
import java.util.HashMap;
import java.util.Map;

/**
 * The Public Suffix List as Guava ships it, ICANN and private sections alike: {@code github.io} and
 * {@code herokuapp.com} are as open to registration as {@code co.uk}.
 */
final class GuavaPublicSuffixes implements PublicSuffixes {

  /** The pattern rules ask about the same few parent domains for every probe: parse each once. */
  private final Map<String, Boolean> answers = new HashMap<>();

  @Override
  public boolean isPublicSuffix(String domain) {
    return answers.computeIfAbsent(
        domain, d -> InternetDomainName.isValid(d) && InternetDomainName.from(d).isPublicSuffix());
  }
}
