package org.unionbot.log;

/**
 * Escapes text for one log line: what could end the line, or make it read other than it is, is
 * written as a visible escape, and so is the backslash, so that an escape in the log can only come
 * from here.
 *
 * <ul>
 *   <li>{@code \} becomes {@code \\};
 *   <li>LF, CR and TAB become {@code \n}, {@code \r} and {@code \t};
 *   <li>the other C0 controls, DEL and the C1 controls (U+0000–U+001F, U+007F–U+009F, among them
 *       ESC and NEL) become {@code \xNN};
 *   <li>the line and paragraph separators U+2028 and U+2029, format characters (Unicode category
 *       Cf: bidi overrides, zero-width characters, the byte order mark) and lone surrogates become
 *       <code>&#92;uXXXX</code>, one per UTF-16 unit.
 * </ul>
 *
 * <p>Hex digits are lower case. Everything else, Chinese text and emoji among it, is kept as it is.
 * Stateless.
 */
public final class LogText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LogText() {}

  /** {@code text} escaped; the same string when nothing needs escaping, null for null. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int first = 0;
    while (first < text.length() && !needsEscape(text.codePointAt(first))) {
      first += Character.charCount(text.codePointAt(first));
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    out.append(text, 0, first);
    escape(text, first, out);
    return out.toString();
  }

  /** Appends {@code text} escaped to {@code out}. */
  public static void append(StringBuilder out, String text) {
    escape(String.valueOf(text), 0, out);
  }

  private static void escape(String text, int from, StringBuilder out) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int length = Character.charCount(cp);
      if (!needsEscape(cp)) {
        out.appendCodePoint(cp);
      } else if (cp == '\\') {
        out.append("\\\\");
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp <= 0x9f) {
        out.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xf]);
      } else {
        for (int k = i; k < i + length; k++) {
          char c = text.charAt(k);
          out.append("\\u")
              .append(HEX[c >> 12])
              .append(HEX[(c >> 8) & 0xf])
              .append(HEX[(c >> 4) & 0xf])
              .append(HEX[c & 0xf]);
        }
      }
      i += length;
    }
  }

  /**
   * Whether {@code cp} is escaped. {@link String#codePointAt} reads a lone surrogate as itself, so
   * it arrives here as one.
   */
  private static boolean needsEscape(int cp) {
    if (cp == '\\' || cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      return true;
    }
    if (cp < 0xa0) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT
        || type == Character.SURROGATE;
  }
}
