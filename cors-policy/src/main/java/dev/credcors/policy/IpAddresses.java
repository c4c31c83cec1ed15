package dev.credcors.policy;

import java.util.Locale;

/**
 * The WHATWG URL standard's IPv4 and IPv6 host parsers and serializers, so an origin's numeric host
 * can be compared with exactly what a browser would send.
 */
final class IpAddresses {

  private IpAddresses() {}

  /**
   * Whether the WHATWG host parser would hand {@code host} to the IPv4 parser ("ends in a number"):
   * its last label, ignoring one trailing empty label, is decimal digits or 0x hex.
   */
  static boolean endsInNumber(String host) {
    String[] parts = host.split("\\.", -1);
    int last = parts.length - 1;
    if (parts[last].isEmpty()) {
      if (parts.length == 1) {
        return false;
      }
      last--;
    }
    String label = parts[last];
    if (!label.isEmpty() && label.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return (label.startsWith("0x") || label.startsWith("0X"))
        && label.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  /** The WHATWG IPv4 parser followed by the serializer, or null when the parser fails. */
  static String canonicalIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    int count = parts.length;
    if (count > 1 && parts[count - 1].isEmpty()) {
      count--;
    }
    if (count > 4) {
      return null;
    }
    long[] numbers = new long[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = ipv4Number(parts[i]);
      if (numbers[i] < 0) {
        return null;
      }
    }
    for (int i = 0; i < count - 1; i++) {
      if (numbers[i] > 255) {
        return null;
      }
    }
    if (numbers[count - 1] >= (1L << (8 * (5 - count)))) {
      return null;
    }
    long address = numbers[count - 1];
    for (int i = 0; i < count - 1; i++) {
      address += numbers[i] << (8 * (3 - i));
    }
    return (address >>> 24)
        + "."
        + ((address >>> 16) & 255)
        + "."
        + ((address >>> 8) & 255)
        + "."
        + (address & 255);
  }

  private static long ipv4Number(String part) {
    if (part.isEmpty()) {
      return -1;
    }
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.charAt(0) == '0') {
      radix = 8;
      digits = part.substring(1);
    }
    if (digits.isEmpty()) {
      return 0;
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), radix);
      if (digit < 0 || digits.charAt(i) > 'z') {
        return -1;
      }
      value = value * radix + digit;
      if (value > 0xFFFF_FFFFL) {
        return Long.MAX_VALUE; // larger than any valid part; fails the range checks
      }
    }
    return value;
  }

  /** The WHATWG IPv6 parser (input without brackets), or null when it fails. */
  static int[] parseIpv6(String in) {
    int[] pieces = new int[8];
    int pieceIndex = 0;
    int compress = -1;
    int p = 0;
    int n = in.length();
    if (p < n && in.charAt(p) == ':') {
      if (p + 1 >= n || in.charAt(p + 1) != ':') {
        return null;
      }
      p += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (p < n) {
      if (pieceIndex == 8) {
        return null;
      }
      if (in.charAt(p) == ':') {
        if (compress != -1) {
          return null;
        }
        p++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      int value = 0;
      int length = 0;
      while (length < 4 && p < n && hex(in.charAt(p)) >= 0) {
        value = value * 16 + hex(in.charAt(p));
        p++;
        length++;
      }
      if (p < n && in.charAt(p) == '.') {
        if (length == 0 || pieceIndex > 6) {
          return null;
        }
        p -= length;
        int numbersSeen = 0;
        while (p < n) {
          int ipv4Piece = -1;
          if (numbersSeen > 0) {
            if (in.charAt(p) == '.' && numbersSeen < 4) {
              p++;
            } else {
              return null;
            }
          }
          if (p >= n || in.charAt(p) < '0' || in.charAt(p) > '9') {
            return null;
          }
          while (p < n && in.charAt(p) >= '0' && in.charAt(p) <= '9') {
            int number = in.charAt(p) - '0';
            if (ipv4Piece == -1) {
              ipv4Piece = number;
            } else if (ipv4Piece == 0) {
              return null;
            } else {
              ipv4Piece = ipv4Piece * 10 + number;
            }
            if (ipv4Piece > 255) {
              return null;
            }
            p++;
          }
          pieces[pieceIndex] = pieces[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen == 2 || numbersSeen == 4) {
            pieceIndex++;
          }
        }
        if (numbersSeen != 4) {
          return null;
        }
        break;
      } else if (p < n && in.charAt(p) == ':') {
        p++;
        if (p >= n) {
          return null;
        }
      } else if (p < n) {
        return null;
      }
      pieces[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress != -1) {
      int swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex != 0 && swaps > 0) {
        int tmp = pieces[pieceIndex];
        pieces[pieceIndex] = pieces[compress + swaps - 1];
        pieces[compress + swaps - 1] = tmp;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex != 8) {
      return null;
    }
    return pieces;
  }

  /** The WHATWG IPv6 serializer: lower-case hex, the first longest run of 2+ zeros as "::". */
  static String serializeIpv6(int[] pieces) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (pieces[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && pieces[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    boolean ignoreZero = false;
    for (int i = 0; i < 8; i++) {
      if (ignoreZero && pieces[i] == 0) {
        continue;
      }
      ignoreZero = false;
      if (i == bestStart) {
        out.append(i == 0 ? "::" : ":");
        ignoreZero = true;
        continue;
      }
      out.append(Integer.toHexString(pieces[i]).toLowerCase(Locale.ROOT));
      if (i != 7) {
        out.append(':');
      }
    }
    return out.toString();
  }

  private static int hex(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }
}
