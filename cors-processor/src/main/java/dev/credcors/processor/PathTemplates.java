package dev.credcors.processor;

/**
 * Jakarta REST path templates as the processor needs them: joining a class and a method
 * {@code @Path}, and a normal form under which two templates match the same request paths.
 */
final class PathTemplates {

  /** The regular expression of a template parameter without one (Jakarta REST 3.1, 3.7.3). */
  private static final String DEFAULT_PARAMETER_REGEX = "[^/]+";

  private PathTemplates() {}

  /**
   * {@code /class/method}: a leading or trailing {@code /} of either part is ignored (Jakarta REST
   * 3.1 section 3.4), so {@code @Path("items/")} and {@code @Path("/{id}")} give {@code
   * /items/{id}}.
   */
  static String join(String classPath, String methodPath) {
    String head = strip(classPath);
    String tail = strip(methodPath);
    if (head.isEmpty()) {
      return "/" + tail;
    }
    return tail.isEmpty() ? "/" + head : "/" + head + "/" + tail;
  }

  /**
   * The template with parameter names dropped and the default parameter regex made explicit, so
   * that {@code /items/{id}} and {@code /items/{key: [^/]+}} compare equal: both match the same
   * request paths.
   */
  static String normalized(String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        if (!(c == '/' && out.length() > 0 && out.charAt(out.length() - 1) == '/')) {
          out.append(c);
        }
        i++;
        continue;
      }
      int end = closingBrace(template, i);
      if (end < 0) {
        out.append(template, i, template.length()); // not a template; Jakarta REST rejects it
        break;
      }
      String parameter = template.substring(i + 1, end);
      int colon = parameter.indexOf(':');
      String regex = colon < 0 ? DEFAULT_PARAMETER_REGEX : parameter.substring(colon + 1).strip();
      out.append('{').append(regex.isEmpty() ? DEFAULT_PARAMETER_REGEX : regex).append('}');
      i = end + 1;
    }
    if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** The brace closing the parameter opened at {@code open} (regexes nest braces), or -1. */
  private static int closingBrace(String template, int open) {
    int depth = 0;
    for (int i = open; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
