package dev.credcors.policy;

import static dev.credcors.policy.Severity.ERROR;
import static dev.credcors.policy.Severity.WARNING;

/**
 * The rule catalogue. Tags are stable: they appear in every message, in the README, and in
 * {@code @SuppressWarnings("credcors:<tag>")}.
 */
public enum Rule {
  WILDCARD_ORIGIN("wildcard-origin", ERROR),
  UNANCHORED_PATTERN("unanchored-pattern", ERROR),
  MISSING_VARY("missing-vary", ERROR),
  MALFORMED_ORIGIN("malformed-origin", ERROR),
  NULL_ORIGIN("null-origin", ERROR),
  PERMISSIVE_PATTERN("permissive-pattern", ERROR),
  PUBLIC_SUFFIX_PATTERN("public-suffix-pattern", ERROR),
  CLEARTEXT_ORIGIN("cleartext-origin", ERROR),
  WILDCARD_LIST("wildcard-list", ERROR),
  CATASTROPHIC_PATTERN("catastrophic-pattern", ERROR),
  INVALID_PATTERN("invalid-pattern", ERROR),
  INVALID_TOKEN("invalid-token", ERROR),
  NEGATIVE_MAX_AGE("negative-max-age", ERROR),
  EMPTY_POLICY("empty-policy", ERROR),
  MISPLACED_ANNOTATION("misplaced-annotation", ERROR),
  CONFLICTING_POLICIES("conflicting-policies", ERROR),
  /** A bug in credcors itself, never a user mistake. */
  INTERNAL_ERROR("internal-error", ERROR),

  MAX_AGE_CAPPED("max-age-capped", WARNING),
  DUPLICATE_ENTRY("duplicate-entry", WARNING),
  LOOPBACK_ORIGIN("loopback-origin", WARNING),
  UNSERVED_METHOD("unserved-method", WARNING);

  private final String tag;
  private final Severity severity;

  Rule(String tag, Severity severity) {
    this.tag = tag;
    this.severity = severity;
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
