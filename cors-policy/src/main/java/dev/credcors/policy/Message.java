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

  // ---- origins: wildcard, null, cleartext, loopback

  WILDCARD_ORIGIN_STAR(
      Rule.WILDCARD_ORIGIN,
      "@CredentialedCors.origins must not contain \"*\": browsers reject a wildcard origin on a"
          + " credentialed response, and reflecting any origin instead lets every site act as"
          + " the user; list each trusted origin exactly"),

  WILDCARD_PATTERN(
      Rule.WILDCARD_ORIGIN,
      "@CredentialedCors.originPatterns must not accept every origin, but \"%s\" accepts \"%s\""
          + " and \"%s\": reflecting any origin on a credentialed response lets every site act as"
          + " the user; match only your own hosts, e.g. \"^https://[a-z0-9-]+\\.example\\.com$\""),

  NULL_ORIGIN(
      Rule.NULL_ORIGIN,
      "@CredentialedCors.origins must not contain \"%s\": sandboxed iframes, data: and file:"
          + " documents send Origin: null, so any attacker page can claim it; list the real"
          + " origins of your front ends"),

  NULL_ORIGIN_PATTERN(
      Rule.NULL_ORIGIN,
      "@CredentialedCors.originPatterns must not accept \"null\", but \"%s\" does: sandboxed"
          + " iframes, data: and file: documents send Origin: null, so any attacker page can claim"
          + " it; match only scheme://host origins"),

  CLEARTEXT_ORIGIN(
      Rule.CLEARTEXT_ORIGIN,
      "@CredentialedCors.origins must not contain the cleartext origin \"%s\": a network attacker"
          + " can inject script into an http page and spend the user's credentials; use \"%s\""),

  CLEARTEXT_PATTERN(
      Rule.CLEARTEXT_ORIGIN,
      "@CredentialedCors.originPatterns must not accept the cleartext origin \"%s\", but \"%s\""
          + " does: a network attacker can inject script into an http page and spend the user's"
          + " credentials; match https:// only (write https, not https?)"),

  LOOPBACK_ORIGIN(
      Rule.LOOPBACK_ORIGIN,
      "@CredentialedCors.origins should not contain the cleartext loopback origin \"%s\" in"
          + " production: any local program can serve a page there and use the user's"
          + " credentials; keep it to development or suppress with"
          + " @SuppressWarnings(\"credcors:loopback-origin\")"),

  LOOPBACK_PATTERN(
      Rule.LOOPBACK_ORIGIN,
      "@CredentialedCors.originPatterns should not accept the cleartext loopback origin \"%s\" in"
          + " production, but \"%s\" does: any local program can serve a page there and use the"
          + " user's credentials; keep it to development or suppress with"
          + " @SuppressWarnings(\"credcors:loopback-origin\")"),

  // ---- origins: malformed (WHATWG URL / HTML origin serialization); args: value, fix clause

  MALFORMED_ORIGIN_WILDCARD(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain a wildcard subdomain, but \"%s\" does: origins"
          + " are compared exactly, so \"*\" matches only itself and this entry never matches; move"
          + " it to originPatterns as \"%s\""),

  MALFORMED_ORIGIN_WHITESPACE(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain whitespace, but \"%s\" does: a browser never"
          + " sends it in Origin, so this entry never matches; %s"),

  MALFORMED_ORIGIN_CONTROL(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain control characters, but \"%s\" does: a browser"
          + " never sends them in Origin, so this entry never matches; %s"),

  MALFORMED_ORIGIN_SYNTAX(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must contain serialized origins (scheme://host[:port]), but"
          + " \"%s\" is not one: a browser's Origin header always has this form, so this entry"
          + " never matches; %s"),

  MALFORMED_ORIGIN_SCHEME(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins may only contain https or http origins, but \"%s\" has another"
          + " scheme: browsers send an opaque \"null\" or no CORS request at all for it, so this"
          + " entry never matches; %s"),

  MALFORMED_ORIGIN_UPPER_CASE(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain upper case, but \"%s\" does: browsers"
          + " lower-case the scheme and host and matching is case-sensitive, so this entry never"
          + " matches; %s"),

  MALFORMED_ORIGIN_PATH(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain a path or trailing \"/\", but \"%s\" does: an"
          + " Origin header is scheme://host[:port] only, so this entry never matches; %s"),

  MALFORMED_ORIGIN_QUERY(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain a query, but \"%s\" does: an Origin header is"
          + " scheme://host[:port] only, so this entry never matches; %s"),

  MALFORMED_ORIGIN_FRAGMENT(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain a fragment, but \"%s\" does: an Origin header"
          + " is scheme://host[:port] only, so this entry never matches; %s"),

  MALFORMED_ORIGIN_USERINFO(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain user info, but \"%s\" does: browsers never"
          + " put credentials in an Origin header, so this entry never matches; %s"),

  MALFORMED_ORIGIN_DEFAULT_PORT(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not spell out the scheme's default port, but \"%s\" does:"
          + " browsers omit :443 for https and :80 for http, so this entry never matches; %s"),

  MALFORMED_ORIGIN_PORT(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must have a port from 1 to 65535 without leading zeros, but"
          + " \"%s\" does not: browsers serialize the port as a plain decimal number, so this"
          + " entry never matches; %s"),

  MALFORMED_ORIGIN_EMPTY_HOST(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must name a host, but \"%s\" has none: an http(s) URL without"
          + " a host is invalid, so this entry never matches; %s"),

  MALFORMED_ORIGIN_NON_ASCII(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not contain non-ASCII characters, but \"%s\" does:"
          + " browsers send internationalized hosts in punycode, so this entry never matches; %s"),

  MALFORMED_ORIGIN_HOST_CHARACTER(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must have a host of letters, digits, \"-\", \"_\" and dots, but"
          + " \"%s\" contains \"%s\": browsers reject or percent-encode such a host, so this entry"
          + " never matches; %s"),

  MALFORMED_ORIGIN_LABEL(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must have a host of non-empty labels of at most 63 characters"
          + " (253 in all), but \"%s\" does not: such a host cannot be resolved, so this entry"
          + " never matches; %s"),

  MALFORMED_ORIGIN_TRAILING_DOT(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must not end the host with a dot, but \"%s\" does: browsers"
          + " keep the dot, so this is a different origin from the one you meant; %s"),

  MALFORMED_ORIGIN_PUNYCODE(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must contain valid punycode after \"xn--\", but \"%s\" does"
          + " not: a browser cannot produce this host, so this entry never matches; %s"),

  MALFORMED_ORIGIN_IPV4(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must write an IPv4 host as four decimal numbers 0-255 without"
          + " leading zeros, but \"%s\" does not: browsers parse and re-serialize numeric hosts,"
          + " so this entry never matches; %s"),

  MALFORMED_ORIGIN_IPV6(
      Rule.MALFORMED_ORIGIN,
      "@CredentialedCors.origins must write an IPv6 host in brackets, compressed and in lower case"
          + " as browsers serialize it, but \"%s\" does not: browsers re-serialize IPv6 hosts that"
          + " way, so this entry never matches; %s"),

  // ---- originPatterns

  INVALID_PATTERN(
      Rule.INVALID_PATTERN,
      "@CredentialedCors.originPatterns must be valid java.util.regex patterns, but \"%s\" is"
          + " not: %s near index %d; fix the syntax"),

  UNANALYZABLE_PATTERN(
      Rule.INVALID_PATTERN,
      "@CredentialedCors.originPatterns must be patterns credcors can analyze, but \"%s\" is"
          + " not (%s): an origin allowlist that cannot be checked cannot be trusted; simplify it"
          + " to literals, character classes and simple groups"),

  UNANCHORED_PATTERN(
      Rule.UNANCHORED_PATTERN,
      "@CredentialedCors.originPatterns must begin with ^ and end with $, but \"%s\" does not:"
          + " the anchors are the reviewer's proof that the whole Origin is matched; write \"%s\""),

  UNANCHORED_ALTERNATION(
      Rule.UNANCHORED_PATTERN,
      "@CredentialedCors.originPatterns must not alternate at the top level, but \"%s\" does: ^"
          + " binds only the first branch and $ only the last, so the anchors prove nothing;"
          + " group the branches: \"%s\""),

  PERMISSIVE_LOOKALIKE(
      Rule.PERMISSIVE_PATTERN,
      "@CredentialedCors.originPatterns must not accept the look-alike origin \"%s\", but \"%s\""
          + " does: anyone can register a domain that merely ends like yours; start the host"
          + " part with a dot-escaped label boundary, e.g. \"^https://([a-z0-9-]+\\.)?%s$\""),

  PERMISSIVE_PREFIX(
      Rule.PERMISSIVE_PATTERN,
      "@CredentialedCors.originPatterns must not accept \"%s\", but \"%s\" does: the host only"
          + " starts with yours and the attacker owns the rest; end the pattern right after the"
          + " host (and optional port) with $"),

  PERMISSIVE_UNESCAPED_DOT(
      Rule.PERMISSIVE_PATTERN,
      "@CredentialedCors.originPatterns must not accept \"%s\", but \"%s\" does: an unescaped"
          + " \".\" matches any character, so an attacker can register this domain; escape every"
          + " literal dot as \\."),

  PERMISSIVE_OTHER_SITE(
      Rule.PERMISSIVE_PATTERN,
      "@CredentialedCors.originPatterns must not accept \"%s\", but \"%s\" does: the pattern"
          + " leaves the registrable domain open, so an attacker can register a matching one;"
          + " spell the registrable domain out literally, e.g. \"\\.example\\.com$\""),

  PERMISSIVE_VARIABLE_SITE(
      Rule.PERMISSIVE_PATTERN,
      "@CredentialedCors.originPatterns must not accept \"%s\", but \"%s\" does: a quantifier,"
          + " optional part or class lets the registrable domain vary from \"%s\" to \"%s\","
          + " which anyone can register; spell the registrable domain out literally and list any"
          + " other as an explicit alternative, e.g. \"\\.example\\.(com|org)$\""),

  PERMISSIVE_PORT(
      Rule.PERMISSIVE_PATTERN,
      "@CredentialedCors.originPatterns must not accept \"%s\", but \"%s\" does: the port is"
          + " written as \"%s\" but a quantifier or class lets it vary, and any other program or"
          + " tenant on that host can listen on another port; write the port exactly, or list"
          + " each port as an alternative, e.g. \":(5173|5174)$\""),

  PERMISSIVE_MALFORMED(
      Rule.PERMISSIVE_PATTERN,
      "@CredentialedCors.originPatterns must not accept \"%s\", but \"%s\" does: no browser"
          + " sends such an Origin, so the pattern matches far more than host names; match"
          + " hosts with a class of host characters such as [a-z0-9-] and escape dots"),

  PUBLIC_SUFFIX_PATTERN(
      Rule.PUBLIC_SUFFIX_PATTERN,
      "@CredentialedCors.originPatterns must not accept any subdomain of the public suffix"
          + " \"%s\", but \"%s\" accepts \"%s\": anyone can register a name under a public suffix"
          + " and serve an attacker page from it; list the exact origins you own under it"),

  CATASTROPHIC_NESTED(
      Rule.CATASTROPHIC_PATTERN,
      "@CredentialedCors.originPatterns must not nest quantifiers, but \"%s\" repeats \"%s\","
          + " which itself repeats: a hostile Origin header makes the matcher backtrack"
          + " exponentially and pin a CPU; use one character class such as [a-z0-9.-]+ instead"),

  CATASTROPHIC_OVERLAP(
      Rule.CATASTROPHIC_PATTERN,
      "@CredentialedCors.originPatterns must not repeat alternatives that can match the same"
          + " text, but \"%s\" repeats \"%s\": a hostile Origin header makes the matcher try every"
          + " split and pin a CPU; merge the alternatives into one character class or make them"
          + " start differently"),

  CATASTROPHIC_ADJACENT(
      Rule.CATASTROPHIC_PATTERN,
      "@CredentialedCors.originPatterns must not put repetitions of the same characters side by"
          + " side, but \"%s\" does in \"%s\": on a hostile Origin header the matcher tries every"
          + " way to split it between them, hundreds of times a normal request's cost for two;"
          + " merge them into one repetition such as [a-z][a-z0-9-]*, or make the first"
          + " possessive with ++"),

  CATASTROPHIC_RECURSIVE_GROUP(
      Rule.CATASTROPHIC_PATTERN,
      "@CredentialedCors.originPatterns must not repeat a group without bound, but \"%s\" repeats"
          + " \"%s\": java.util.regex matches each repetition of a group recursively, so a long"
          + " Origin overflows the request thread's stack; repeat a character class instead or"
          + " make the group optional with ?"),

  // ---- inline flags: the pattern must mean what it reads as

  INLINE_FLAG_MULTILINE(
      Rule.INLINE_FLAGS,
      "@CredentialedCors.originPatterns must not use (?m), but \"%s\" does in \"%s\": it turns"
          + " ^ and $ into line anchors, so they no longer prove the whole Origin was matched;"
          + " remove (?m), ^ and $ already anchor the whole one-line value"),

  INLINE_FLAG_DOTALL(
      Rule.INLINE_FLAGS,
      "@CredentialedCors.originPatterns must not use (?s), but \"%s\" does in \"%s\": it makes ."
          + " match line breaks too, so the pattern accepts more than it reads as; remove (?s) and"
          + " write \\. for a dot or a class such as [a-z0-9-] for a host character"),

  INLINE_FLAG_COMMENTS(
      Rule.INLINE_FLAGS,
      "@CredentialedCors.originPatterns must not use (?x), but \"%s\" does in \"%s\": it makes"
          + " whitespace and # mean nothing, so the pattern is not the origin it reads as; remove"
          + " (?x) and the spaces, e.g. \"^https://app\\.example\\.com$\""),

  INLINE_FLAG_UNIX_LINES(
      Rule.INLINE_FLAGS,
      "@CredentialedCors.originPatterns must not use (?d), but \"%s\" does in \"%s\": it changes"
          + " which line breaks ., ^ and $ see, so the pattern accepts more than it reads as;"
          + " remove (?d)"),

  INLINE_FLAGS_MID_PATTERN(
      Rule.INLINE_FLAGS,
      "@CredentialedCors.originPatterns may only set flags at the very start, but \"%s\" sets"
          + " \"%s\" inside: the rest of the pattern then means something other than it reads"
          + " as; remove the flag group, or put (?i) first if case-insensitivity is wanted"),

  CATASTROPHIC_SLOW(
      Rule.CATASTROPHIC_PATTERN,
      "@CredentialedCors.originPatterns must match in linear time, but \"%s\" needed more than"
          + " %d steps for the short input \"%s\": a hostile Origin header can pin a CPU; remove"
          + " nested, overlapping and back-referencing repetition"),

  // ---- methods, headers, vary

  WILDCARD_LIST(
      Rule.WILDCARD_LIST,
      "@CredentialedCors.%s must not contain \"*\": on a credentialed request browsers read \"*\""
          + " as a literal name, so the policy does not do what it says; list each %s explicitly"),

  INVALID_TOKEN(
      Rule.INVALID_TOKEN,
      "@CredentialedCors.%s must contain only RFC 9110 tokens, but \"%s\" contains \"%s\": no"
          + " browser sends such a name, so the entry never matches; remove the character"),

  EMPTY_TOKEN(
      Rule.INVALID_TOKEN,
      "@CredentialedCors.%s must not contain an empty name: RFC 9110 names are at least one"
          + " character, so the entry never matches; remove it"),

  LOWER_CASE_METHOD(
      Rule.INVALID_TOKEN,
      "@CredentialedCors.methods must not contain \"%s\": browsers upper-case the standard"
          + " method names (Fetch \"normalize a method\"), so a preflight asks for \"%s\" and"
          + " this entry never matches; use \"%s\""),

  MISSING_VARY(
      Rule.MISSING_VARY,
      "@CredentialedCors.vary must contain \"Origin\", but it is %s: a shared cache would serve"
          + " one origin's credentialed response, or a response without CORS headers, to another"
          + " origin; add \"Origin\""),

  // ---- scalars and the whole policy

  NEGATIVE_MAX_AGE(
      Rule.NEGATIVE_MAX_AGE,
      "@CredentialedCors.maxAge must not be negative, but it is %d: browsers ignore an invalid"
          + " Access-Control-Max-Age and fall back to their default; use 0 to disable preflight"
          + " caching or a number of seconds up to 7200"),

  MAX_AGE_CAPPED(
      Rule.MAX_AGE_CAPPED,
      "@CredentialedCors.maxAge should not exceed 7200, but it is %d: Chromium caps preflight"
          + " caching at 7200 seconds, so the larger value only misleads readers; use at most"
          + " 7200"),

  DUPLICATE_ENTRY(
      Rule.DUPLICATE_ENTRY,
      "@CredentialedCors.%s must not repeat \"%s\" (entry %d repeats entry %d): a duplicate is"
          + " often a typo for a missing entry; remove it"),

  UNSERVED_METHOD(
      Rule.UNSERVED_METHOD,
      "@CredentialedCors.methods should not contain \"%s\", which the resource does not serve"
          + " (it serves %s): the preflight allows it but the request then fails; remove it or"
          + " serve it"),

  CROSS_SITE_WRITES_ALLOWED(
      Rule.CROSS_SITE_WRITES_ALLOWED,
      "@CredentialedCors.refuseCrossSiteWrites should not be false: any site's page can then make"
          + " the user's browser send this endpoint a credentialed form POST or no-cors fetch, and"
          + " the write runs although the page cannot read the answer; keep the guard and list the"
          + " origins that may write, or, where writes from other sites are the point (an SSO"
          + " form_post callback), suppress with"
          + " @SuppressWarnings(\"credcors:cross-site-writes-allowed\")"),

  SAME_SITE_WRITES_WITHOUT_GUARD(
      Rule.CROSS_SITE_WRITES_ALLOWED,
      "@CredentialedCors.allowSameSiteWrites has no effect with refuseCrossSiteWrites = false:"
          + " writes from every site already pass, so the attribute suggests a limit that does not"
          + " exist; remove allowSameSiteWrites, or keep refuseCrossSiteWrites = true to allow"
          + " same-site writes only"),

  EMPTY_POLICY(
      Rule.EMPTY_POLICY,
      "@CredentialedCors must list at least one entry in origins or originPatterns, or name"
          + " originsProperty or originPatternsProperty: a policy that allows no origin answers"
          + " every cross-origin request with an error; add the front end's origin, e.g. origins ="
          + " \"https://app.example.com\""),

  // ---- configuration properties (originsProperty, originPatternsProperty)

  PROPERTY_PLACEHOLDER(
      Rule.INVALID_PROPERTY_NAME,
      "@CredentialedCors.%s must be the bare name of a configuration property, but \"%s\" is a"
          + " placeholder: credcors looks the name up itself, so this would read a property"
          + " literally named so and never find it; write \"%s\""),

  INVALID_PROPERTY_NAME(
      Rule.INVALID_PROPERTY_NAME,
      "@CredentialedCors.%s must name a configuration property as dot-separated words of ASCII"
          + " letters, digits, \"_\" and \"-\" starting with a letter, but \"%s\" is not one:"
          + " such a name is easily mistyped and cannot be exported as an environment variable;"
          + " write a name such as \"app.cors.origins\""),

  PROPERTY_NOT_SET(
      Rule.MISSING_PROPERTY,
      "@CredentialedCors.%s names the configuration property \"%s\", but it is not set (looked"
          + " in %s): a policy never silently allows no origin, nor every origin; set it to a"
          + " comma-separated list, e.g. %s=%s"),

  PROPERTY_EMPTY(
      Rule.MISSING_PROPERTY,
      "@CredentialedCors.%s names the configuration property \"%s\", but its value is empty: a"
          + " policy never silently allows no origin, nor every origin; set it to a"
          + " comma-separated list, e.g. %s=%s"),

  PUBLIC_SUFFIXES_UNKNOWN(
      Rule.PUBLIC_SUFFIX_PATTERN,
      "@CredentialedCors.originPatterns cannot be checked at start-up for \"%s\": the Public"
          + " Suffix List (shipped in Guava) is not on the class path, and a pattern admitting any"
          + " name under a public suffix lets anyone register an allowed origin; add"
          + " com.google.guava:guava to the application, or list exact origins instead"),

  // ---- element-level rules (reported by the processor)

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

  MISPLACED_IN_OTHER_NAMESPACE(
      Rule.MISPLACED_ANNOTATION,
      "@CredentialedCors may only be placed on a resource of the JAX-RS namespace this"
          + " compilation generates for (%s): %s is annotated with %s.* instead, so credcors"
          + " finds no resource and no request would reach this policy; pass"
          + " -Acredcors.namespace=%s to javac when both namespaces are on the class path"),

  NAMESPACE_OPTION(
      Rule.INVALID_OPTION,
      "-Acredcors.namespace must be \"jakarta\" or \"javax\", but is \"%s\": credcors cannot"
          + " tell which JAX-RS annotations to read; pass -Acredcors.namespace=jakarta or"
          + " -Acredcors.namespace=javax, or leave it out to use the namespace on the class path"),

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

  /**
   * The full message: {@code [tag] } followed by the template filled with {@code args}. Control
   * and format characters in string arguments are shown escaped (a backslash, {@code u} and four
   * hex digits): a hostile value must not drive the developer's terminal (ANSI escapes) or reorder
   * the message (bidi overrides).
   */
  public String format(Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof String text ? printable(text) : args[i];
    }
    return "[" + rule.tag() + "] " + String.format(Locale.ROOT, template, shown);
  }

  static String printable(String text) {
    return Printable.escape(text);
  }
}
