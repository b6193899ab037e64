package org.unionbot.knowledge.notice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what pasted notices really contain, line by line: ASCII punctuation inside Chinese text,
 * a stray English conjunction, a doubled word (宣讲宣讲), and the emoji or bullet glyphs a line of a
 * public-account article opens with (👉 第一步：…, ▍累计达标…).
 */
final class TextRepair {

  private static final String HAN = "\\p{IsHan}";
  private static final Pattern ASCII_PUNCT_NEAR_HAN =
      Pattern.compile("(?<=" + HAN + "|[”’）》])\\s*([,;:?!])\\s*|\\s*([,;:?!])\\s*(?=" + HAN + ")");
  private static final Pattern STRAY_AND =
      Pattern.compile("(?<=" + HAN + ")\\s+(and|&)\\s+(?=" + HAN + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern STRAY_OR =
      Pattern.compile("(?<=" + HAN + ")\\s+or\\s+(?=" + HAN + ")", Pattern.CASE_INSENSITIVE);

  /**
   * A word typed twice (职工职工), said once; not a reduplication that means step by step (一级一级, 一步一步,
   * 一个一个).
   */
  private static final Pattern DOUBLED_WORD = Pattern.compile("((?!一)" + HAN + "{2})\\1(?!\\1)");

  private static final Pattern SPACE_BETWEEN_HAN =
      Pattern.compile("(?<=" + HAN + ")[ \\t\\u3000]+(?=" + HAN + ")");

  /** Bullet glyphs that only decorate a line's start; □ ■ ◇ are left, they open a byline (□ 记者). */
  private static final String BULLETS = "▍▌▎▶►▷•●○◆★☆✦✔✅➤➢→";

  /** A keycap digit (1️⃣), which a post numbers its items with, as ① would. */
  private static final Pattern KEYCAP = Pattern.compile("([1-9])\uFE0F?\u20E3");

  /** A Markdown heading's or list item's mark: ## , - , 1. . */
  private static final Pattern MARKED = Pattern.compile("^(#{1,6}|[-*+]|\\d{1,2}[.、])\\s+");

  /** Markdown bold (**…** or __…__) that a notice pasted from an editor keeps: **一、培训对象**. */
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");

  /**
   * A label at a line's start whose characters are spaced out to line up with longer ones (时　　间：, 主
   * 持 人：), not a two-character label that one ideographic space pads to three ({@link
   * NoticeParser#PADDED}, 主　任：), which a reply quotes as written.
   */
  private static final Pattern LINED_UP_LABEL =
      Pattern.compile(
          "^\\p{IsHan}(?:[ \\u3000]{2,}\\p{IsHan}|(?:[ \\u3000]+\\p{IsHan}){2,3})(?=[：:])");

  private TextRepair() {}

  static String line(String raw) {
    String s =
        withoutLeadingBullets(
            BOLD.matcher(raw.strip())
                .replaceAll(
                    m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2))));
    s =
        KEYCAP
            .matcher(s)
            .replaceAll(m -> String.valueOf((char) ('①' + m.group(1).charAt(0) - '1')));
    s = s.replace("🔟", "⑩");
    Matcher marked = MARKED.matcher(s);
    if (marked.lookingAt()) {
      // ## 🏥 实事一：…, - 💰 补助标准：…: the emoji after a heading's or an item's mark decorates it too
      s = marked.group() + withoutLeadingBullets(s.substring(marked.end()));
    }
    s = STRAY_AND.matcher(s).replaceAll("和");
    s = STRAY_OR.matcher(s).replaceAll("或");
    s = ASCII_PUNCT_NEAR_HAN.matcher(s).replaceAll(m -> fullWidth(m.group(1), m.group(2)));
    s = DOUBLED_WORD.matcher(s).replaceAll("$1");
    Matcher label = LINED_UP_LABEL.matcher(s);
    if (label.lookingAt()) {
      s = label.group().replaceAll("[ \u3000]", "") + s.substring(label.end());
    }
    return s;
  }

  /** Glyphs that mark the lines of a list when several lines in a row open with one. */
  private static final String LIST_BULLETS = "▍▌▎▶►▷•●○◆★☆✦➤➢▲△";

  /** A stamp's ring as OCR reads it: single characters, spaced, among stars (*蓼 川 市 总, ★ 工). */
  private static final Pattern STAMP_RING =
      Pattern.compile("(?=.*[★☆*＊])[★☆*＊\\s]*\\p{IsHan}(?:[★☆*＊\\s]+\\p{IsHan})*[★☆*＊\\s]*");

  /**
   * True for a line that is the red stamp over a signature as OCR reads it off a photographed page:
   * the issuer's name round the ring, one character at a time, among the star and stray marks. It
   * says nothing the signature does not.
   */
  static boolean isStampRing(String raw) {
    return STAMP_RING.matcher(raw.strip()).matches();
  }

  /** The list bullet a raw line opens with ({@link #LIST_BULLETS}), or -1. */
  static int bullet(String raw) {
    String s = raw.strip();
    return s.isEmpty() || LIST_BULLETS.indexOf(s.codePointAt(0)) < 0 ? -1 : s.codePointAt(0);
  }

  private static String withoutLeadingBullets(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isEmoji(cp) && BULLETS.indexOf(cp) < 0 && !Character.isWhitespace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i == s.length() ? s : s.substring(i);
  }

  /**
   * A pictograph of a chat app's emoji set (👉, 👏, 🎉, ☀), or the selector that shows one as an
   * emoji (☀️): decoration, not words.
   */
  static boolean isEmoji(int cp) {
    return cp >= 0x1F000 && cp <= 0x1FAFF
        || cp >= 0x2600 && cp <= 0x27BF
        // ⏰ ⌛ ⭐ ⬆: the clocks, stars and arrows of the same set
        || cp >= 0x2300 && cp <= 0x23FF
        || cp >= 0x2B00 && cp <= 0x2BFF
        || cp == 0xFE0F
        || cp == 0x20E3;
  }

  /**
   * A padded name or label ({@link NoticeParser#PADDED}), or a quote whose halves one divides
   * (“奋进新征程　欢歌迎新春”).
   */
  private static final Pattern KEPT_WIDE_SPACE =
      Pattern.compile(
          NoticeParser.PADDED.pattern()
              + "|“[^“”\u3000]{2,20}\u3000[^“”\u3000]{2,20}”"
              + "|^第[零〇一二三四五六七八九十百两\\d]{1,6}[编章节条]\u3000");

  /**
   * The ideographic spaces (U+3000) of a line as plain spaces, but for those {@link
   * #KEPT_WIDE_SPACE} finds and every one of a line of names: a reply quotes them as the notice
   * writes them (主　任：方　敏, “奋进新征程　欢歌迎新春”). Matching never sees them: canonical text drops every
   * space.
   */
  static String wideSpaces(String s) {
    if (s.indexOf('\u3000') < 0 || !NoticeParser.names(s).isEmpty()) {
      return s; // none, or a line of names: 丁　宁　于海涛 quoted as written
    }
    StringBuilder out = new StringBuilder(s.length());
    Matcher kept = KEPT_WIDE_SPACE.matcher(s);
    int at = 0;
    while (kept.find()) {
      out.append(s.substring(at, kept.start()).replace('\u3000', ' ')).append(kept.group());
      at = kept.end();
    }
    return out.append(s.substring(at).replace('\u3000', ' ')).toString();
  }

  /** A title's two or three phrases, each of two Chinese characters or more: 温暖过冬 平安返乡. */
  private static final Pattern PHRASES =
      Pattern.compile("[\\p{IsHan}—]{2,}(?: [\\p{IsHan}—]{2,}){1,2}");

  /**
   * A title as it reads: phrases a space divides (童心同行　快乐一夏) keep it, as a wide space; spaces
   * between single characters (关 于 举 办…) go.
   */
  static String title(String s) {
    String line = s.strip();
    return PHRASES.matcher(line).matches() ? line.replace(' ', '\u3000') : collapseSpaces(line);
  }

  /** Removes spaces between Chinese characters (kept in titles as separators otherwise). */
  static String collapseSpaces(String s) {
    return SPACE_BETWEEN_HAN.matcher(s).replaceAll("");
  }

  private static String fullWidth(String a, String b) {
    String p = a != null ? a : b;
    return switch (p) {
      case "," -> "，";
      case ";" -> "；";
      case ":" -> "：";
      case "?" -> "？";
      case "!" -> "！";
      default -> p;
    };
  }
}
