package org.unionbot.wechat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fast path of {@link HardenedXmlReader}: reads the one shape WeChat actually pushes, {@code
 * <xml>} holding flat elements whose values are CDATA sections or plain text, and gives up on
 * anything else, which then goes through the full StAX parser with all its checks.
 *
 * <p>It accepts strictly less than XML: no declaration, DOCTYPE, comment, processing instruction,
 * attribute, entity or character reference, nested or empty-tag element, carriage return, control
 * character, lone surrogate, repeated name, or more than {@link HardenedXmlReader#MAX_ELEMENTS}
 * elements. So it has no hostile input to refuse, only input to hand over, and what it returns is
 * what the full parser returns for the same document. Stateless.
 */
final class FlatXml {
  private static final String CDATA_START = "<![CDATA[";
  private static final String CDATA_END = "]]>";

  private FlatXml() {}

  /** The top-level fields, or empty when the document is not of the simple shape. */
  static Optional<Map<String, String>> read(String xml) {
    Map<String, String> fields = new LinkedHashMap<>();
    int at = 0;
    int n = xml.length();
    if (!xml.startsWith("<xml>", at)) {
      return Optional.empty();
    }
    at = skipSpace(xml, at + 5);
    int elements = 1;
    StringBuilder value = new StringBuilder();
    while (at < n && xml.charAt(at) == '<' && at + 1 < n && xml.charAt(at + 1) != '/') {
      int nameEnd = nameEnd(xml, at + 1);
      if (nameEnd < 0 || nameEnd >= n || xml.charAt(nameEnd) != '>') {
        return Optional.empty();
      }
      String name = xml.substring(at + 1, nameEnd);
      if (++elements > HardenedXmlReader.MAX_ELEMENTS || fields.containsKey(name)) {
        return Optional.empty();
      }
      at = nameEnd + 1;
      value.setLength(0);
      while (true) {
        if (xml.startsWith(CDATA_START, at)) {
          int end = xml.indexOf(CDATA_END, at + CDATA_START.length());
          if (end < 0 || !plain(xml, at + CDATA_START.length(), end)) {
            return Optional.empty();
          }
          value.append(xml, at + CDATA_START.length(), end);
          at = end + CDATA_END.length();
        } else if (at < n && xml.charAt(at) != '<') {
          int end = xml.indexOf('<', at);
          if (end < 0 || !plain(xml, at, end)) {
            return Optional.empty(); // unterminated, or an entity: the full parser
          }
          value.append(xml, at, end);
          at = end;
        } else {
          break;
        }
      }
      if (!xml.startsWith("</", at)
          || !xml.startsWith(name, at + 2)
          || !xml.startsWith(">", at + 2 + name.length())) {
        return Optional.empty(); // a child element, a comment, a mismatched end tag...
      }
      fields.put(name, value.toString());
      at = skipSpace(xml, at + 3 + name.length());
    }
    if (!xml.startsWith("</xml>", at) || skipSpace(xml, at + 6) != n) {
      return Optional.empty();
    }
    return Optional.of(fields);
  }

  /** The end of an element name of ASCII letters, digits and underscores at {@code at}, or -1. */
  private static int nameEnd(String xml, int at) {
    int i = at;
    while (i < xml.length()) {
      char c = xml.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!(letter || (i > at && c >= '0' && c <= '9'))) {
        break;
      }
      i++;
    }
    return i == at ? -1 : i;
  }

  /**
   * Whether {@code xml[from, to)} holds only characters that every XML parser returns unchanged: no
   * markup or entity start, no {@code ]]>}, no carriage return (line ends are normalised), no
   * control character, lone surrogate or non-character.
   */
  private static boolean plain(String xml, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = xml.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < to
          && Character.isLowSurrogate(xml.charAt(i + 1))) {
        i++; // a whole supplementary character, an emoji say
        continue;
      }
      if (c == '>' && i - from >= 2 && xml.charAt(i - 1) == ']' && xml.charAt(i - 2) == ']') {
        return false;
      }
      if (c < 0x20 ? c != '\t' && c != '\n' : c == '&' || c == '<' || c >= '\uD800') {
        if (c < '\uE000' || c >= '\uFFFE') {
          return false;
        }
      }
    }
    return true;
  }

  private static int skipSpace(String xml, int at) {
    int i = at;
    while (i < xml.length()
        && (xml.charAt(i) == ' ' || xml.charAt(i) == '\t' || xml.charAt(i) == '\n')) {
      i++;
    }
    return i;
  }
}
