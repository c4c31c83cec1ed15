package dev.credcors.policy;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jakarta REST path template such as {@code /items/{id: [0-9]+}}, turned into the regular
 * expression Jakarta REST matches request paths with (Jakarta REST 3.1 specification, section 3.7.3
 * "Converting URI Templates to Regular Expressions").
 *
 * <p>Literal characters are URI-encoded and quoted, {@code {name}} becomes {@code ([^/]+?)}, {@code
 * {name: regex}} becomes {@code (regex)}, and a trailing slash is dropped then tolerated when
 * matching, as section 3.7.2 does for resource methods. The path is matched in its encoded form, as
 * the request URI carries it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PathTemplate {

  /** The regular expression of a template variable declared without one (section 3.7.3). */
  public static final String DEFAULT_VARIABLE_REGEX = "[^/]+?";

  /**
   * Most specific first, following section 3.7.2: more literal characters, then more template
   * variables, then more variables with a non-default regular expression; ties broken by the
   * normalized template so the order is total and stable.
   */
  public static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(PathTemplate::literalCharacters)
          .thenComparingInt(PathTemplate::variables)
          .thenComparingInt(PathTemplate::regexVariables)
          .reversed()
          .thenComparing(PathTemplate::normalized);

  private final String template;
  private final String normalized;
  private final Pattern pattern;
  private final Pattern prefixPattern;
  private final int literalCharacters;
  private final int variables;
  private final int regexVariables;

  private PathTemplate(
      String template,
      String normalized,
      Pattern pattern,
      Pattern prefixPattern,
      int literalCharacters,
      int variables,
      int regexVariables) {
    this.template = template;
    this.normalized = normalized;
    this.pattern = pattern;
    this.prefixPattern = prefixPattern;
    this.literalCharacters = literalCharacters;
    this.variables = variables;
    this.regexVariables = regexVariables;
  }

  /**
   * Parses a full template (class path joined with method path, see {@link #join}).
   *
   * @throws IllegalArgumentException if a brace is unbalanced, a variable has no name, or a
   *     variable's regular expression does not compile
   */
  public static PathTemplate parse(String template) {
    Objects.requireNonNull(template, "template");
    String path = withLeadingSlash(stripTrailingSlashes(template));
    // Section 3.7.3 step 4 drops a final "/"; of the root template that leaves nothing to match.
    String body = path.equals("/") ? "" : path;
    StringBuilder regex = new StringBuilder(path.length() + 16);
    StringBuilder normalized = new StringBuilder(path.length());
    int literals = 0;
    int variables = 0;
    int regexVariables = 0;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("unbalanced '}' in path template \"" + template + "\"");
      }
      if (c != '{') {
        int end = i;
        while (end < body.length() && body.charAt(end) != '{' && body.charAt(end) != '}') {
          end++;
        }
        String literal = body.substring(i, end);
        literals += literal.length();
        regex.append(Pattern.quote(encodeLiteral(literal)));
        normalized.append(literal);
        i = end;
        continue;
      }
      int close = matchingBrace(body, i, template);
      String variable = body.substring(i + 1, close);
      int colon = variable.indexOf(':');
      String name = (colon < 0 ? variable : variable.substring(0, colon)).strip();
      String variableRegex = colon < 0 ? "" : variable.substring(colon + 1).strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            "template variable without a name in path template \"" + template + "\"");
      }
      variables++;
      if (variableRegex.isEmpty() || variableRegex.equals(DEFAULT_VARIABLE_REGEX)) {
        regex.append('(').append(DEFAULT_VARIABLE_REGEX).append(')');
        normalized.append("{}");
      } else {
        regexVariables++;
        regex.append('(').append(variableRegex).append(')');
        normalized.append('{').append(variableRegex).append('}');
      }
      i = close + 1;
    }
    if (body.isEmpty()) {
      normalized.append('/');
    }
    return new PathTemplate(
        template,
        normalized.toString(),
        // Section 3.7.2 step 3: a resource method matches when what is left is empty or "/".
        Pattern.compile(regex + "(/)?"),
        // Section 3.7.3 step 5: a resource class matches a prefix of the path.
        Pattern.compile(regex + "(/.*)?"),
        literals,
        variables,
        regexVariables);
  }

  /**
   * Joins a resource class's {@code @Path} value and a resource method's {@code @Path} value (empty
   * or {@code null} when the method has none) the way Jakarta REST does: one slash between them, a
   * leading slash, no trailing slash. {@code join("items/", "/{id}")} is {@code "/items/{id}"}.
   */
  public static String join(String classPath, String methodPath) {
    String left = stripTrailingSlashes(stripLeadingSlashes(classPath == null ? "" : classPath));
    String right = stripTrailingSlashes(stripLeadingSlashes(methodPath == null ? "" : methodPath));
    if (left.isEmpty()) {
      return "/" + right;
    }
    return right.isEmpty() ? "/" + left : "/" + left + "/" + right;
  }

  /** Whether the whole (encoded, application-relative) request path matches this template. */
  public boolean matches(CharSequence path) {
    return pattern.matcher(path).matches();
  }

  /**
   * What is left of {@code path} after this template, used as a resource class template (section
   * 3.7.2 step 1): {@code ""} or a string starting with {@code /}; {@code null} if the template
   * does not match a prefix of the path. For {@code /items}, {@code /items/42} leaves {@code /42}
   * and {@code /itemsx} does not match.
   */
  public String remainder(CharSequence path) {
    Matcher matcher = prefixPattern.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    String rest = matcher.group(matcher.groupCount());
    return rest == null ? "" : rest;
  }

  /** The template as given to {@link #parse}. */
  public String template() {
    return template;
  }

  /** The whole-path regular expression, tolerating one trailing slash. */
  public Pattern pattern() {
    return pattern;
  }

  /**
   * The template with a leading slash, no trailing slash and variable names erased ({@code {}} for
   * a default variable, {@code {regex}} otherwise), so two templates that match exactly the same
   * paths in the same way, such as {@code /items/{id}} and {@code items/{x}/}, compare equal.
   */
  public String normalized() {
    return normalized;
  }

  /** Literal characters, the primary key of section 3.7.2's ordering. */
  public int literalCharacters() {
    return literalCharacters;
  }

  /** Template variables, the secondary key. */
  public int variables() {
    return variables;
  }

  /** Template variables with a regular expression other than the default, the tertiary key. */
  public int regexVariables() {
    return regexVariables;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathTemplate that && normalized.equals(that.normalized);
  }

  @Override
  public int hashCode() {
    return normalized.hashCode();
  }

  @Override
  public String toString() {
    return template;
  }

  private static int matchingBrace(String path, int open, String template) {
    int depth = 0;
    for (int i = open; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\') {
        i++; // an escaped character inside the regex, e.g. \{ , never closes the variable
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced '{' in path template \"" + template + "\"");
  }

  /**
   * Percent-encodes what may not appear literally in a path (RFC 3986 {@code pchar} and {@code /}),
   * keeping existing {@code %XX} escapes, as section 3.7.3 step 1 asks.
   */
  private static String encodeLiteral(String literal) {
    StringBuilder out = null;
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      boolean keep = isPathChar(c) || (c == '%' && isEscape(literal, i));
      if (keep) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(literal.length() + 16).append(literal, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < literal.length() ? i + 2 : i + 1;
      for (byte b : literal.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
      i = end - 1;
    }
    return out == null ? literal : out.toString();
  }

  private static boolean isPathChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80;
  }

  private static String withLeadingSlash(String path) {
    return path.startsWith("/") ? path : "/" + path;
  }

  private static String stripLeadingSlashes(String path) {
    int start = 0;
    while (start < path.length() && path.charAt(start) == '/') {
      start++;
    }
    return path.substring(start);
  }

  private static String stripTrailingSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }
}
