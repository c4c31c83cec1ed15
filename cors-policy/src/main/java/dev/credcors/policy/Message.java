package dev.credcors.policy;

import java.util.Locale;

/**
 * Every diagnostic text credcors prints, written once; tests format the same entries to assert on.
 *
 * <p>Form: {@code [tag] <what is wrong, quoting the value>: <why, one clause>; <fix>}. Present
 * tense, "must / must not / may only", no trailing period. Arguments are {@link String#format}
 * arguments.
 */
public enum Message {
  WILDCARD_ORIGIN_STAR(
      Rule.WILDCARD_ORIGIN,
      "@CredentialedCors.origins must not contain \"*\": browsers reject a wildcard origin on a"
          + " credentialed response, and reflecting any origin instead lets every site act as"
          + " the user; list each trusted origin exactly"),

  EMPTY_POLICY(
      Rule.EMPTY_POLICY,
      "@CredentialedCors must list at least one entry in origins or originPatterns: a policy that"
          + " allows no origin answers every cross-origin request with an error; add the front"
          + " end's origin, e.g. origins = \"https://app.example.com\""),

  MISPLACED_ON_CLASS(
      Rule.MISPLACED_ANNOTATION,
      "@CredentialedCors may only be placed on a Jakarta REST resource class (one with @Path) or"
          + " resource method: %s has no @Path, so no request ever reaches this policy; annotate"
          + " the resource class or move the annotation to a resource method"),

  MISPLACED_ON_METHOD(
      Rule.MISPLACED_ANNOTATION,
      "@CredentialedCors may only be placed on a resource method (one with an HTTP method"
          + " designator such as @GET) of a resource class: %s is not one, so no request ever"
          + " reaches this policy; annotate a resource method or its @Path class"),

  MISPLACED_ON_ABSTRACT_TYPE(
      Rule.MISPLACED_ANNOTATION,
      "@CredentialedCors may only be placed on a concrete Jakarta REST resource class: %s is %s,"
          + " so Jakarta REST never instantiates it as a resource and no request reaches this"
          + " policy; annotate the concrete @Path class that serves the requests"),

  UNRESOLVED_TYPE(
      Rule.INTERNAL_ERROR,
      "credcors could not check this @CredentialedCors because %s could not be resolved: no"
          + " policy is generated for it; fix the errors javac reports for that type"),

  CONFLICTING_POLICIES(
      Rule.CONFLICTING_POLICIES,
      "@CredentialedCors on %s conflicts with the policy on %s: both govern %s %s, so a preflight"
          + " cannot tell which origins to allow; give both the same policy or serve them on"
          + " different paths"),

  INTERNAL_ERROR(
      Rule.INTERNAL_ERROR,
      "credcors could not process this @CredentialedCors because of an internal error (%s); this"
          + " is a bug in credcors, please report it with this message");

  private final Rule rule;
  private final String template;

  Message(Rule rule, String template) {
    this.rule = rule;
    this.template = template;
  }

  public Rule rule() {
    return rule;
  }

  /** The template without the tag, with {@code %s} placeholders. */
  public String template() {
    return template;
  }

  /** The full message: {@code [tag] } followed by the template filled with {@code args}. */
  public String format(Object... args) {
    return "[" + rule.tag() + "] " + String.format(Locale.ROOT, template, args);
  }
}
