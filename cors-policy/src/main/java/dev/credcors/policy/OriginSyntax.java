package dev.credcors.policy;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a string is an origin exactly as a browser serializes it (WHATWG HTML "ASCII
 * serialization of an origin" of a URL parsed by the WHATWG URL standard): {@code
 * scheme://host[:port]}, scheme {@code https} or {@code http}, lower case, ASCII (punycode) host,
 * canonical IPv4/IPv6, no default port. Anything else can never equal a real {@code Origin} header.
 */
final class OriginSyntax {

  /** A parsed, valid serialized origin; {@code port} is -1 when absent (the default). */
  record Origin(String scheme, String host, int port) {

    boolean isLoopback() {
      return host.equals("localhost")
          || host.endsWith(".localhost")
          || host.startsWith("127.") && IpAddresses.endsInNumber(host)
          || host.equals("[::1]");
    }

    boolean isIpAddress() {
      return host.startsWith("[") || IpAddresses.endsInNumber(host);
    }

    /** {@code :port} or the empty string. */
    String portSuffix() {
      return port < 0 ? "" : ":" + port;
    }

    String withScheme(String newScheme) {
      return newScheme + "://" + host + portSuffix();
    }
  }

  /** One defect: the catalogue entry and its arguments (the value first, the fix clause last). */
  record Defect(Message message, Object[] args) {}

  private OriginSyntax() {}

  /** The first defect of {@code value} as a serialized origin, with a fix, or empty if valid. */
  static Optional<Defect> check(String value) {
    Problem problem = firstProblem(value);
    if (problem == null) {
      return Optional.empty();
    }
    String browserForm = browserSerialization(value);
    String fix =
        browserForm != null && !browserForm.equals(value) && firstProblem(browserForm) == null
            ? "use \"" + browserForm + "\""
            : genericFix(problem.message);
    Object[] args =
        problem.detail == null
            ? new Object[] {value, fix}
            : new Object[] {value, problem.detail, fix};
    return Optional.of(new Defect(problem.message, args));
  }

  static boolean isValid(String value) {
    return firstProblem(value) == null;
  }

  /** The parts of a valid serialized origin, or empty if {@code value} is not one. */
  static Optional<Origin> parse(String value) {
    if (firstProblem(value) != null) {
      return Optional.empty();
    }
    int schemeEnd = value.indexOf("://");
    String authority = value.substring(schemeEnd + 3);
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.indexOf(']', colon) < 0) {
      return Optional.of(
          new Origin(
              value.substring(0, schemeEnd),
              authority.substring(0, colon),
              Integer.parseInt(authority.substring(colon + 1))));
    }
    return Optional.of(new Origin(value.substring(0, schemeEnd), authority, -1));
  }

  private record Problem(Message message, String detail) {}

  private static Problem problem(Message message) {
    return new Problem(message, null);
  }

  // Order: the defect a reader most likely made first (whitespace, wrong shape) before details.
  private static Problem firstProblem(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' '
          || c == '\t'
          || c == '\n'
          || c == '\r'
          || c == '\f'
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)) {
        return problem(Message.MALFORMED_ORIGIN_WHITESPACE);
      }
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
        return problem(Message.MALFORMED_ORIGIN_CONTROL);
      }
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7E) {
        return problem(Message.MALFORMED_ORIGIN_NON_ASCII);
      }
    }
    int schemeEnd = value.indexOf("://");
    if (schemeEnd <= 0 || !isSchemeSyntax(value.substring(0, schemeEnd))) {
      return problem(Message.MALFORMED_ORIGIN_SYNTAX);
    }
    String scheme = value.substring(0, schemeEnd);
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    if (!lowerScheme.equals("https") && !lowerScheme.equals("http")) {
      return problem(Message.MALFORMED_ORIGIN_SCHEME);
    }
    String rest = value.substring(schemeEnd + 3);
    int authorityEnd = indexOfAny(rest, "/?#\\");
    String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
    if (authority.indexOf('@') >= 0) {
      return problem(Message.MALFORMED_ORIGIN_USERINFO);
    }
    if (authorityEnd >= 0) {
      char c = rest.charAt(authorityEnd);
      return problem(
          c == '?'
              ? Message.MALFORMED_ORIGIN_QUERY
              : c == '#' ? Message.MALFORMED_ORIGIN_FRAGMENT : Message.MALFORMED_ORIGIN_PATH);
    }
    if (!scheme.equals(lowerScheme) || !authority.equals(authority.toLowerCase(Locale.ROOT))) {
      return problem(Message.MALFORMED_ORIGIN_UPPER_CASE);
    }
    String host = authority;
    String port = null;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        return problem(Message.MALFORMED_ORIGIN_IPV6);
      }
      host = authority.substring(0, close + 1);
      String after = authority.substring(close + 1);
      if (!after.isEmpty()) {
        if (after.charAt(0) != ':') {
          return problem(Message.MALFORMED_ORIGIN_IPV6);
        }
        port = after.substring(1);
      }
    } else {
      int colon = authority.indexOf(':');
      if (colon >= 0) {
        host = authority.substring(0, colon);
        port = authority.substring(colon + 1);
      }
    }
    Problem hostProblem = hostProblem(host);
    if (hostProblem != null) {
      return hostProblem;
    }
    if (port != null) {
      if (port.isEmpty()
          || port.length() > 5
          || !port.chars().allMatch(c -> c >= '0' && c <= '9')
          || port.charAt(0) == '0'
          || Integer.parseInt(port) > 65535) {
        return problem(Message.MALFORMED_ORIGIN_PORT);
      }
      int number = Integer.parseInt(port);
      if (number == (scheme.equals("https") ? 443 : 80)) {
        return problem(Message.MALFORMED_ORIGIN_DEFAULT_PORT);
      }
    }
    return null;
  }

  private static Problem hostProblem(String host) {
    if (host.isEmpty()) {
      return problem(Message.MALFORMED_ORIGIN_EMPTY_HOST);
    }
    if (host.startsWith("[")) {
      int[] pieces = IpAddresses.parseIpv6(host.substring(1, host.length() - 1));
      if (pieces == null || !host.equals("[" + IpAddresses.serializeIpv6(pieces) + "]")) {
        return problem(Message.MALFORMED_ORIGIN_IPV6);
      }
      return null;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
      if (!ok) {
        return new Problem(Message.MALFORMED_ORIGIN_HOST_CHARACTER, String.valueOf(c));
      }
    }
    if (IpAddresses.endsInNumber(host)) {
      String canonical = IpAddresses.canonicalIpv4(host);
      return host.equals(canonical) ? null : problem(Message.MALFORMED_ORIGIN_IPV4);
    }
    if (host.length() > 1 && host.endsWith(".") && !host.endsWith("..")) {
      return problem(Message.MALFORMED_ORIGIN_TRAILING_DOT);
    }
    if (host.length() > 253) {
      return problem(Message.MALFORMED_ORIGIN_LABEL);
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63) {
        return problem(Message.MALFORMED_ORIGIN_LABEL);
      }
      if (label.startsWith("xn--") && !isPunycodeLabel(label)) {
        return problem(Message.MALFORMED_ORIGIN_PUNYCODE);
      }
    }
    return null;
  }

  /** An A-label: "xn--" and LDH characters that decode to Unicode and encode back unchanged. */
  private static boolean isPunycodeLabel(String label) {
    String body = label.substring(4);
    if (body.isEmpty() || body.endsWith("-") || body.indexOf('_') >= 0) {
      return false;
    }
    try {
      String unicode = IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED);
      return !unicode.equals(label)
          && IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED).equalsIgnoreCase(label);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * What a browser would send as the Origin of a page at {@code value}, parsed leniently the way
   * the URL standard does (trimmed, scheme and host lower-cased, IDN to punycode, numeric hosts
   * canonical, path/query/fragment/user info dropped, default port dropped), minus a trailing dot;
   * or null when no origin can be derived.
   */
  static String browserSerialization(String value) {
    try {
      String s = value.strip().replaceAll("[\\t\\n\\r]", "");
      int schemeEnd = s.indexOf("://");
      String scheme;
      String rest;
      if (schemeEnd < 0) {
        if (!s.matches("[A-Za-z0-9.-]+(:[0-9]+)?")) {
          return null;
        }
        scheme = "https";
        rest = s;
      } else {
        scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        rest = s.substring(schemeEnd + 3);
      }
      if (!scheme.equals("https") && !scheme.equals("http")) {
        return null;
      }
      int authorityEnd = indexOfAny(rest, "/?#\\");
      String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
      authority = authority.substring(authority.lastIndexOf('@') + 1);
      String host = authority;
      String port = "";
      int close = authority.lastIndexOf(']');
      int colon = authority.lastIndexOf(':');
      if (colon > close) {
        host = authority.substring(0, colon);
        port = authority.substring(colon + 1);
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        int[] pieces = IpAddresses.parseIpv6(host.substring(1, host.length() - 1));
        if (pieces == null) {
          return null;
        }
        host = "[" + IpAddresses.serializeIpv6(pieces) + "]";
      } else {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        if (IpAddresses.endsInNumber(host)) {
          host = IpAddresses.canonicalIpv4(host);
          if (host == null) {
            return null;
          }
        } else if (host.endsWith(".")) {
          host = host.substring(0, host.length() - 1);
        }
      }
      if (host.isEmpty()) {
        return null;
      }
      String portPart = "";
      if (!port.isEmpty()) {
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return null;
        }
        int number = Integer.parseInt(port);
        if (number == 0 || number > 65535) {
          return null;
        }
        if (number != (scheme.equals("https") ? 443 : 80)) {
          portPart = ":" + number;
        }
      }
      return scheme + "://" + host + portPart;
    } catch (RuntimeException e) {
      return null; // IDN rejects the host: no origin can be derived
    }
  }

  private static String genericFix(Message message) {
    switch (message) {
      case MALFORMED_ORIGIN_SCHEME:
        return "list the https origin of the page that calls the API";
      case MALFORMED_ORIGIN_PORT:
        return "write the port as a decimal number from 1 to 65535, or omit it";
      case MALFORMED_ORIGIN_IPV4:
        return "write the address as four decimal numbers, e.g. \"https://192.0.2.1\"";
      case MALFORMED_ORIGIN_IPV6:
        return "write the address as browsers do, e.g. \"https://[2001:db8::1]\"";
      case MALFORMED_ORIGIN_PUNYCODE:
        return "convert the Unicode host name to punycode with java.net.IDN.toASCII";
      case MALFORMED_ORIGIN_NON_ASCII:
        return "write the host in punycode (java.net.IDN.toASCII)";
      default:
        return "write it as scheme://host[:port], e.g. \"https://app.example.com\"";
    }
  }

  private static boolean isSchemeSyntax(String scheme) {
    if (!Character.isLetter(scheme.charAt(0)) || scheme.charAt(0) > 'z') {
      return false;
    }
    return scheme
        .chars()
        .allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "+.-".indexOf(c) >= 0));
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
