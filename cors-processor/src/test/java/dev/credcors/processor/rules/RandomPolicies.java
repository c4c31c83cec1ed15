package dev.credcors.processor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded random {@code @CredentialedCors} attribute lists for {@link FuzzTest}. A quarter of the
 * policies are valid but for the odd mutated value; the rest fill every attribute with noise (any
 * code point, control characters, lone surrogates, quotes, backslashes), near misses of real
 * origins and patterns with regex metacharacters spliced in, known-nasty fragments and huge
 * strings. Half the {@code originPatterns} entries are built like real patterns (scheme, labels,
 * suffix, port) with the usual mistakes, so the probe and backtracking analyses are fuzzed with
 * input they must judge rather than reject as unparseable.
 */
final class RandomPolicies {

  private static final String[] SEEDS = {
    "https://app.example.com",
    "http://localhost:5173",
    "https://[2001:db8::1]:8443",
    "https://xn--bcher-kva.example",
    "^https://[a-z0-9-]+\\.example\\.com$",
    "^https://(app|admin)\\.example\\.com(:8443)?$",
    "^http://localhost:(3000|5173)$",
    "^https://[a-z0-9-]+\\.github\\.io$",
    "Content-Type",
    "Authorization",
    "GET",
    "Origin",
  };

  private static final String[] NASTY = {
    "",
    " ",
    "*",
    "null",
    "\\",
    "\"",
    "\0",
    "^",
    "$",
    "^$",
    "(?",
    "(?=a)",
    "(?<n>a)\\k<n>",
    "\\Q.*\\E",
    "\\p{Alpha}",
    "\\1",
    "[^]",
    "a{99999}",
    "(?i)^https://APP\\.example\\.com$",
    "^https://\\w+\\.example\\.com$",
    "^(?:(?:a+)+)+$",
    "^https://(a|a?)+$",
    "\\",
    "\\u0000",
    "https://a.example.com\r\nSet-Cookie: x=1",
    "ht\ttps://a.example.com",
    "%00",
    "https://%41",
    "\uFEFFhttps://app.example.com",
    "https://app.example.com\u200B",
    "https://ａｐｐ.example.com",
    "\uD83D\uDE00",
    "\uD800",
    "\uDFFF",
    "${x}",
    "$1",
    "\\$",
    "\\\\",
    "\\\"",
    "%s",
    "%n",
  };

  private static final String META = "^$.*+?()[]{}|\\-/:@#%&=,;<>!\"' \t";

  private final SplittableRandom random;

  RandomPolicies(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Values a valid policy may hold, per array attribute, for the mostly-valid policies. */
  private static final Map<String, String[]> VALID =
      Map.of(
          "origins",
          new String[] {
            "https://app.example.com",
            "https://xn--bcher-kva.example:8443",
            "https://[2001:db8::1]",
            "https://192.0.2.10",
            "https://a.b.example.org"
          },
          "originPatterns",
          new String[] {
            "^https://[a-z0-9-]+\\.example\\.com$",
            "^https://(app|admin)\\.example\\.org(:8443)?$",
            "^https://pr-[0-9]+\\.example\\.dev$"
          },
          "methods",
          new String[] {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"},
          "allowHeaders",
          new String[] {"Content-Type", "Authorization", "X-CSRF-Token", "If-Match"},
          "exposeHeaders",
          new String[] {"ETag", "Location", "X-Request-Id", "Link"},
          "vary",
          new String[] {"Origin"});

  /** The attribute list of one random policy, in Java syntax. */
  String attributes() {
    // A quarter of the policies are valid but for the odd random value, so that the analysis of
    // accepted patterns and the writer's escaping of odd-but-legal values get exercised too.
    boolean mostlyValid = random.nextInt(4) == 0;
    List<String> attributes = new ArrayList<>();
    for (String array :
        List.of("origins", "originPatterns", "methods", "allowHeaders", "exposeHeaders", "vary")) {
      if (mostlyValid) {
        attributes.add(array + " = " + validArray(array));
      } else if (random.nextInt(3) > 0) {
        attributes.add(array + " = " + array(array, 1 + random.nextInt(3)));
      }
    }
    if (mostlyValid ? random.nextInt(4) == 0 : random.nextBoolean()) {
      attributes.add("maxAge = " + maxAge() + "L");
    }
    if (random.nextBoolean()) {
      attributes.add("allowPrivateNetwork = " + random.nextBoolean());
    }
    return String.join(",\n    ", attributes);
  }

  private String validArray(String attribute) {
    String[] pool = VALID.get(attribute);
    List<String> entries = new ArrayList<>();
    int size = attribute.equals("vary") ? 1 : 1 + random.nextInt(pool.length);
    for (int i = 0; i < size; i++) {
      String value = pool[(i + random.nextInt(pool.length)) % pool.length];
      entries.add(literal(random.nextInt(12) == 0 ? mutate(value) : value));
    }
    return "{" + String.join(", ", entries.stream().distinct().toList()) + "}";
  }

  private String array(String attribute, int size) {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean pattern = attribute.equals("originPatterns") && random.nextBoolean();
      entries.add(literal(pattern ? originPattern() : string()));
    }
    return "{" + String.join(", ", entries) + "}";
  }

  private static final String[] SCHEMES = {
    "https", "https", "http", "https?", "(https|http)", "[a-z]+"
  };
  private static final String[] LABELS = {
    "app",
    "[a-z0-9-]+",
    "[a-z]*",
    ".*",
    ".+",
    "\\w+",
    "(a|b)",
    "(x+)+",
    "(?:[a-z]+\\.)*",
    "[^.]+",
    "xn--[a-z0-9]+",
    "(?i:app)",
    "[a-z0-9-]{1,63}",
    "(www\\.)?",
    "\\Qapp\\E",
    "[\\s\\S]"
  };
  private static final String[] SUFFIXES = {
    "example\\.com",
    "github\\.io",
    "co\\.uk",
    "com",
    "localhost",
    "127\\.0\\.0\\.1",
    "\\[::1\\]",
    "example.com",
    "xn--bcher-kva\\.example",
    "herokuapp\\.com"
  };
  private static final String[] PORTS = {
    "", "", ":8443", "(:[0-9]+)?", ":[0-9]{2,5}", ":.*", "(:\\d+)?"
  };
  private static final String[] QUANTIFIERS = {"?", "*", "+", "{0,3}", "{2,}", "*?", "++"};

  /**
   * A pattern built like real ones (scheme, labels, a suffix, a port) with the usual mistakes mixed
   * in, so the probe and backtracking analyses see well-formed input they must judge.
   */
  private String originPattern() {
    List<String> parts = new ArrayList<>();
    parts.add(SCHEMES[random.nextInt(SCHEMES.length)] + "://");
    for (int i = random.nextInt(3); i > 0; i--) {
      parts.add(LABELS[random.nextInt(LABELS.length)] + (random.nextInt(4) == 0 ? "." : "\\."));
    }
    parts.add(SUFFIXES[random.nextInt(SUFFIXES.length)]);
    parts.add(PORTS[random.nextInt(PORTS.length)]);
    if (random.nextInt(3) == 0) {
      int at = random.nextInt(parts.size());
      parts.set(at, "(" + parts.get(at) + ")" + QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
    }
    String body = String.join("", parts);
    return switch (random.nextInt(8)) {
      case 0 -> body;
      case 1 -> "^" + body + "|" + body + "$";
      default -> "^" + body + "$";
    };
  }

  private long maxAge() {
    long[] edges = {Long.MIN_VALUE, -1, 0, 1, 600, 7200, 7201, Integer.MAX_VALUE, Long.MAX_VALUE};
    return random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextLong();
  }

  String string() {
    int kind = random.nextInt(20);
    if (kind < 7) {
      return noise(random.nextInt(40));
    } else if (kind < 14) {
      return mutate(SEEDS[random.nextInt(SEEDS.length)]);
    } else if (kind < 19) {
      return NASTY[random.nextInt(NASTY.length)];
    }
    return huge();
  }

  private String noise(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append((char) random.nextInt(0x20, 0x7f));
        case 1 -> text.append(META.charAt(random.nextInt(META.length())));
        case 2 -> text.append((char) random.nextInt(0, 0x20));
        default -> text.appendCodePoint(codePoint());
      }
    }
    return text.toString();
  }

  private int codePoint() {
    // Mostly assigned planes; sometimes a lone surrogate, which only a broken tool would choke on.
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(0x80, 0x800);
      case 1 -> random.nextInt(0x800, 0xD800);
      case 2 -> random.nextInt(0xE000, 0x10000);
      case 3 -> random.nextInt(0x10000, 0x110000);
      default -> random.nextInt(0xD800, 0xE000);
    };
  }

  private String mutate(String seed) {
    if (seed.length() > 2 && seed.startsWith("^") && seed.endsWith("$") && random.nextBoolean()) {
      // Keep the anchors so the mutant gets past unanchored-pattern into the probe analysis.
      return "^" + mutate(seed.substring(1, seed.length() - 1)) + "$";
    }
    StringBuilder text = new StringBuilder(seed);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(text.length() + 1);
      String insert =
          random.nextInt(4) == 0
              ? noise(1 + random.nextInt(3))
              : String.valueOf(META.charAt(random.nextInt(META.length())));
      switch (random.nextInt(3)) {
        case 0 -> text.insert(at, insert);
        case 1 -> text.replace(at, Math.min(text.length(), at + 1), insert);
        default -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(3)));
      }
    }
    return random.nextInt(5) == 0 ? text.toString().toUpperCase(Locale.ROOT) : text.toString();
  }

  private String huge() {
    int length = 2_000 + random.nextInt(8_000);
    return switch (random.nextInt(4)) {
      case 0 -> "https://" + "a.".repeat(length / 2) + "example.com";
      case 1 -> "^https://" + "(a+)+".repeat(length / 5) + "$";
      case 2 -> "^https://" + "[a-z]".repeat(length / 5) + "\\.example\\.com$";
      default -> noise(length);
    };
  }

  /**
   * {@code text} as a Java string literal. Control characters become octal escapes and non-ASCII
   * becomes {@code \\uXXXX}: javac translates Unicode escapes before lexing, so {@code \\u000a}
   * would end the literal, while octal escapes are resolved inside it (JLS 3.3, 3.10.6). The
   * backslash is octal too: after a surrogate's Unicode escape, javac 17 and 25 misread {@code
   * \\\\} followed by another Unicode escape as an illegal escape.
   */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        literal.append("\\\"");
      } else if (c < 0x20 || c == 0x7f || c == '\\') {
        literal.append(String.format(Locale.ROOT, "\\%03o", (int) c));
      } else if (c > 0x7f) {
        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
