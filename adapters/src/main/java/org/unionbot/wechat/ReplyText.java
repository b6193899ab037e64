package org.unionbot.wechat;

/**
 * Makes arbitrary (model-written) text safe for a passive reply (docs/WECHAT.md §1.5, §6.5): strips
 * characters XML 1.0 forbids, splits {@code ]]>} inside CDATA, and fits the text into WeChat's
 * 2048-byte limit. Stateless.
 */
public final class ReplyText {
  /** WeChat silently drops text replies longer than this many UTF-8 bytes. */
  static final int MAX_CONTENT_BYTES = 2048;

  private static final String SENTENCE_ENDS = "。！？；\n";

  private ReplyText() {}

  /** {@code text} cleaned by {@link #xmlSafe} and cut by {@link #truncateUtf8} to 2048 bytes. */
  public static String content(String text) {
    return truncateUtf8(xmlSafe(text), MAX_CONTENT_BYTES);
  }

  /**
   * Drops what XML 1.0 cannot carry (U+0000–U+001F except TAB, LF and CR; lone surrogates; U+FFFE
   * and U+FFFF) and turns CR LF and lone CR into LF, as any XML parser would on reading.
   */
  static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (isAllowedBmp(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isAllowedBmp(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * The longest prefix of {@code text} of at most {@code maxBytes} UTF-8 bytes, ending at a
   * sentence end (。！？； or a line feed) when one keeps at least half the budget, otherwise at the
   * last whole code point. Never splits a surrogate pair; text that fits is returned as is. A lone
   * surrogate counts as 3 bytes (clean the text first with {@link #xmlSafe}).
   */
  static String truncateUtf8(String text, int maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
    int bytes = 0;
    int cut = 0; // end of the last code point that fits
    int sentenceCut = 0; // end of the last sentence that fits
    int sentenceBytes = 0;
    while (cut < text.length()) {
      int codePoint = text.codePointAt(cut);
      int size = utf8Length(codePoint);
      if (bytes + size > maxBytes) {
        return sentenceBytes * 2 >= maxBytes
            ? text.substring(0, sentenceCut)
            : text.substring(0, cut);
      }
      bytes += size;
      cut += Character.charCount(codePoint);
      if (SENTENCE_ENDS.indexOf(codePoint) >= 0) {
        sentenceCut = cut;
        sentenceBytes = bytes;
      }
    }
    return text;
  }

  /** The UTF-8 length of {@code text}; a lone surrogate counts as 3 bytes. */
  static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      bytes += utf8Length(text.codePointAt(i));
    }
    return bytes;
  }

  static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }

  /** {@code text} as one or more CDATA sections; {@code ]]>} is split across two of them. */
  static String cdata(String text) {
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }
}
