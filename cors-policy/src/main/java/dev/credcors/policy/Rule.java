package dev.credcors.policy;

import static dev.credcors.policy.Severity.ERROR;
import static dev.credcors.policy.Severity.WARNING;

/**
 * The rule catalogue. Tags are stable: they appear in every message, in the README, and in
 * {@code @SuppressWarnings("credcors:<tag>")}.
 */
public enum Rule {
  WILDCARD_ORIGIN("wildcard-origin", ERROR, "\"*\" or a pattern that accepts any origin"),
  UNANCHORED_PATTERN(
      "unanchored-pattern", ERROR, "a pattern without ^...$ around the whole expression"),
  MISSING_VARY("missing-vary", ERROR, "vary without Origin"),
  MALFORMED_ORIGIN("malformed-origin", ERROR, "an origin not serialized the way browsers send it"),
  NULL_ORIGIN("null-origin", ERROR, "the opaque origin \"null\" allowed"),
  PERMISSIVE_PATTERN(
      "permissive-pattern", ERROR, "a pattern that accepts an attacker-controlled origin"),
  PUBLIC_SUFFIX_PATTERN(
      "public-suffix-pattern", ERROR, "a pattern that accepts any subdomain of a public suffix"),
  CLEARTEXT_ORIGIN("cleartext-origin", ERROR, "an http origin on a non-loopback host"),
  WILDCARD_LIST("wildcard-list", ERROR, "\"*\" in methods, allowHeaders or exposeHeaders"),
  CATASTROPHIC_PATTERN(
      "catastrophic-pattern",
      ERROR,
      "a pattern that can backtrack exponentially or overflow the stack"),
  INLINE_FLAGS(
      "inline-flags",
      ERROR,
      "an inline flag that changes what ^, $, . or whitespace mean, or a flag group mid-pattern"),
  INVALID_PATTERN(
      "invalid-pattern", ERROR, "a pattern that does not compile or cannot be analysed"),
  INVALID_TOKEN("invalid-token", ERROR, "a method or header name that is not an RFC 9110 token"),
  NEGATIVE_MAX_AGE("negative-max-age", ERROR, "a negative maxAge"),
  EMPTY_POLICY("empty-policy", ERROR, "no origins, originPatterns or origin property"),
  INVALID_PROPERTY_NAME(
      "invalid-property-name", ERROR, "a configuration property name that is not a plain name"),
  /** Found at start-up only: a named property that is not set or is empty. */
  MISSING_PROPERTY(
      "missing-property", ERROR, "a named configuration property unset or empty at start-up"),
  MISPLACED_ANNOTATION(
      "misplaced-annotation", ERROR, "on an element that is not a resource class or method"),
  CONFLICTING_POLICIES("conflicting-policies", ERROR, "two policies for the same path and method"),
  /** Set on the compiler's command line, not in a source file. */
  INVALID_OPTION("invalid-option", ERROR, "a -Acredcors.* processor option credcors cannot accept"),
  /** A bug in credcors itself, never a user mistake. */
  INTERNAL_ERROR("internal-error", ERROR, "a bug in credcors"),

  MAX_AGE_CAPPED("max-age-capped", WARNING, "a maxAge above the 7200 s browsers honour"),
  DUPLICATE_ENTRY("duplicate-entry", WARNING, "an entry repeated within one attribute"),
  LOOPBACK_ORIGIN("loopback-origin", WARNING, "an http origin on a loopback host"),
  UNSERVED_METHOD("unserved-method", WARNING, "a methods entry the resource does not serve"),
  CROSS_SITE_WRITES_ALLOWED(
      "cross-site-writes-allowed",
      WARNING,
      "the cross-site write guard turned off, so any site can make the browser write");

  private final String tag;
  private final Severity severity;
  private final String summary;

  Rule(String tag, Severity severity, String summary) {
    this.tag = tag;
    this.severity = severity;
    this.summary = summary;
  }

  /** One line saying what the rule catches, for inventories and docs. */
  public String summary() {
    return summary;
  }

  /** The stable tag, e.g. {@code wildcard-origin}. */
  public String tag() {
    return tag;
  }

  public Severity severity() {
    return severity;
  }

  /** The token that suppresses this rule: {@code credcors:<tag>}. */
  public String suppressionKey() {
    return "credcors:" + tag;
  }
}
