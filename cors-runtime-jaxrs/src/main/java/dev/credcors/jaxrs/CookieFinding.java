package dev.credcors.jaxrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes a browser drop or withhold a cookie on a cross-site credentialed exchange, with the
 * fix. Each is judged from one {@code Set-Cookie} header's attributes (RFC 6265bis, the CHIPS
 * {@code Partitioned} draft), never its value.
 */
enum CookieFinding {
  SAMESITE_NONE_INSECURE(
      "samesite-none-insecure",
      "has SameSite=None without Secure, so every browser rejects it",
      "add Secure (and serve the API over https)"),
  SAMESITE_MISSING(
      "samesite-missing",
      "has no SameSite attribute, so browsers treat it as Lax and do not send it back on a"
          + " cross-site fetch",
      "add SameSite=None; Secure"),
  SAMESITE_LAX(
      "samesite-lax",
      "has SameSite=Lax, so the browser does not send it back on a cross-site fetch",
      "use SameSite=None; Secure for a cookie the front end's fetch must carry"),
  SAMESITE_STRICT(
      "samesite-strict",
      "has SameSite=Strict, so the browser does not send it back on a cross-site fetch",
      "use SameSite=None; Secure for a cookie the front end's fetch must carry"),
  PARTITIONED_INSECURE(
      "partitioned-insecure",
      "has Partitioned without Secure, so browsers reject it",
      "add Secure"),
  HOST_PREFIX_VIOLATED(
      "host-prefix",
      "is a __Host- cookie with a Domain attribute, a Path other than /, or no Secure, so"
          + " browsers reject it",
      "remove Domain, set Path=/ and add Secure"),
  CLEARTEXT_CREDENTIALS(
      "cleartext-credentials",
      "is sent over cleartext http to a host that is not loopback, where no Secure cookie can be"
          + " set or sent and a network attacker reads the credentials",
      "serve the API over https");

  private final String code;
  private final String problem;
  private final String fix;

  CookieFinding(String code, String problem, String fix) {
    this.code = code;
    this.problem = problem;
    this.fix = fix;
  }

  String code() {
    return code;
  }

  String problem() {
    return problem;
  }

  String fix() {
    return fix;
  }

  /** The findings for one {@code Set-Cookie} header value; its name is {@link #name}. */
  static List<CookieFinding> of(String setCookie) {
    List<CookieFinding> out = new ArrayList<>(2);
    boolean secure = false;
    boolean partitioned = false;
    boolean domain = false;
    String sameSite = null;
    String path = null;
    String[] parts = setCookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].strip();
      int equals = part.indexOf('=');
      String attribute = (equals < 0 ? part : part.substring(0, equals)).strip();
      String value = equals < 0 ? "" : part.substring(equals + 1).strip();
      switch (attribute.toLowerCase(Locale.ROOT)) {
        case "secure" -> secure = true;
        case "partitioned" -> partitioned = true;
        case "domain" -> domain = true;
        case "samesite" -> sameSite = value.toLowerCase(Locale.ROOT);
        case "path" -> path = value;
        default -> {}
      }
    }
    if (sameSite == null) {
      out.add(SAMESITE_MISSING);
    } else if (sameSite.equals("none")) {
      if (!secure) {
        out.add(SAMESITE_NONE_INSECURE);
      }
    } else if (sameSite.equals("strict")) {
      out.add(SAMESITE_STRICT);
    } else {
      out.add(SAMESITE_LAX); // Lax, and any unknown value, which browsers read as Lax
    }
    if (partitioned && !secure) {
      out.add(PARTITIONED_INSECURE);
    }
    if (name(setCookie).startsWith("__Host-") && (domain || !"/".equals(path) || !secure)) {
      out.add(HOST_PREFIX_VIOLATED);
    }
    return out;
  }

  /** The cookie's name: the text before the first {@code =}, stripped; never its value. */
  static String name(String setCookie) {
    int equals = setCookie.indexOf('=');
    int semicolon = setCookie.indexOf(';');
    int end = equals < 0 || semicolon >= 0 && semicolon < equals ? semicolon : equals;
    return (end < 0 ? setCookie : setCookie.substring(0, end)).strip();
  }
}
