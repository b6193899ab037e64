package org.unionbot.wechat;

import java.util.List;
import java.util.Random;

/** Input generators for the property tests: text that stresses UTF-8, XML and CDATA. */
final class Gen {
  private static final List<String> TRICKY =
      List.of(
          "]]>",
          "]]",
          "]>",
          "<",
          ">",
          "&",
          "&amp;",
          "\"",
          "'",
          "<![CDATA[",
          "。",
          "！",
          "？",
          "；",
          "\n",
          "\t",
          " ",
          "\uD83D\uDE00",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "\u00E9",
          "Ａ",
          "\u200B",
          "\uFEFF");

  private Gen() {}

  /** Well-formed Unicode of up to {@code maxPieces} pieces (no lone surrogates; may hold C0). */
  static String unicode(Random r, int maxPieces) {
    int pieces =
        r.nextInt(8) == 0 ? r.nextInt(maxPieces + 1) : r.nextInt(Math.min(40, maxPieces) + 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      int kind = r.nextInt(20);
      if (kind < 6) {
        out.append((char) (0x20 + r.nextInt(0x5F))); // printable ASCII
      } else if (kind < 11) {
        out.append((char) (0x4E00 + r.nextInt(0x5200))); // CJK
      } else if (kind < 14) {
        out.append(TRICKY.get(r.nextInt(TRICKY.size())));
      } else if (kind < 16) {
        out.appendCodePoint(0x1F300 + r.nextInt(0x700)); // emoji
      } else if (kind < 17) {
        out.appendCodePoint(0x10000 + r.nextInt(0x100000)); // any supplementary
      } else if (kind < 18) {
        out.append((char) r.nextInt(0x20)); // C0 controls
      } else {
        int c = r.nextInt(0x10000);
        out.append(Character.isSurrogate((char) c) ? 'x' : (char) c); // any BMP scalar
      }
    }
    return out.toString();
  }

  /** Any UTF-16: {@link #unicode} plus lone surrogates, U+FFFE and U+FFFF. */
  static String utf16(Random r, int maxPieces) {
    StringBuilder out = new StringBuilder(unicode(r, maxPieces));
    int extra = r.nextInt(4);
    for (int i = 0; i < extra; i++) {
      char c =
          switch (r.nextInt(4)) {
            case 0 -> (char) (0xD800 + r.nextInt(0x400));
            case 1 -> (char) (0xDC00 + r.nextInt(0x400));
            case 2 -> '\uFFFE';
            default -> '\uFFFF';
          };
      out.insert(r.nextInt(out.length() + 1), c);
    }
    return out.toString();
  }

  /** A short non-blank identifier such as an OpenID, possibly with characters to clean. */
  static String id(Random r) {
    String core = Integer.toString(r.nextInt(1 << 30), 36) + "_" + (char) ('a' + r.nextInt(26));
    return r.nextBoolean() ? core : core + utf16(r, 3);
  }
}
