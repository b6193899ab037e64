package org.unionbot.knowledge.notice;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines of an official notice (公文) that frame its body: the addressee, a note in
 * parentheses under the title, contact lines, the 附件 block, and the issuer and dateline it is
 * signed with. Each method looks at one repaired line; where a line sits is the parser's business.
 */
final class OfficialLines {

  /** Longest addressee line, colon excluded: lists of recipients run longer than headings. */
  static final int ADDRESSEE_MAX = 80;

  /** Longest issuer line: one or two organization names. */
  static final int ISSUER_MAX = 40;

  /** The field names that open contact lines: 联系人：…, 电话：…, 地址：…, 电子邮箱：…. */
  private static final Pattern CONTACT =
      Pattern.compile(
          "^((?:\\p{IsHan}{2,10})?(?:电话|手机|热线|传真|邮箱|信箱)|联系人|联系方式|联系地址|地址|通讯地址|邮编|邮政编码)\\s*[：:]");

  /** 附件：…, 附件:…, 附件1：… — the start of an attachment block; group 1 is what follows. */
  private static final Pattern ATTACHMENTS =
      Pattern.compile("^附\\s*件\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,2})?\\s*[：:]\\s*(.*)$");

  /** The numbering of an item in a list: 1. 1、 1) （1） ① - * •. */
  private static final Pattern ITEM_NUMBER =
      Pattern.compile("^(\\d{1,2}\\s*[.．、)）]|[（(]\\d{1,2}[）)]|[①-⑳]|[-*+•·])\\s*");

  /** A date and nothing else: 2026年6月10日, 2027年1月, 二〇二六年六月十日, 2026-06-10, 2026.6.10. */
  private static final Pattern DATE_ONLY =
      Pattern.compile(
          "^(\\d{4}年\\d{1,2}月(\\d{1,2}日)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
              + "|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})$");

  /**
   * How a line ends that introduces what follows rather than naming recipients: 现将有关事项通知如下：,
   * 本次活动包括：, 注意事项：.
   */
  private static final Pattern LEAD_IN =
      Pattern.compile("(如下|以下|下列|通知|包括|包含|要求|安排|事项|内容|是|有|为|即)$");

  /** Words a sentence opens with, never an addressee. */
  private static final Pattern SENTENCE_OPENER = Pattern.compile("^(为了?|根据|按照|依据|经|现|近日|日前|今年)");

  private static final String SENTENCE_MARKS = "。！？；!?;：:";
  private static final String PUNCTUATION = "。！？；!?;：:，,、";

  private OfficialLines() {}

  /**
   * Whether a line can be an addressee or salutation ("各区总工会、各产业工会：", "职工朋友们："): it ends with a
   * colon and is a list of recipients rather than a sentence. Whether it sits before the body is
   * for the caller to check.
   */
  static boolean isAddressee(String line) {
    if (!line.endsWith("：") && !line.endsWith(":")) {
      return false;
    }
    String body = addressee(line);
    if (body.isEmpty() || body.length() > ADDRESSEE_MAX || isContact(line)) {
      return false;
    }
    for (int i = 0; i < body.length(); i++) {
      if (SENTENCE_MARKS.indexOf(body.charAt(i)) >= 0) {
        return false;
      }
    }
    return !LEAD_IN.matcher(body).find() && !SENTENCE_OPENER.matcher(body).find();
  }

  /** The addressee line without its closing colon. */
  static String addressee(String line) {
    return line.substring(0, line.length() - 1).strip();
  }

  /**
   * Whether a line is a note in parentheses and nothing else ("（2026年11月20日……审议通过）"): it opens with
   * a bracket that closes only at its end.
   */
  static boolean isNote(String line) {
    if (line.length() < 3 || "（(".indexOf(line.charAt(0)) < 0) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if (c == '）' || c == ')') {
        depth--;
        if (depth == 0 && i < line.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  /**
   * Whether a line gives a contact: 联系人：…, 联系电话：…, 电话：…, 地址：…, 邮箱：…, 咨询电话：…, 监督电话：…, 准考证打印技术咨询电话：…;
   * not the end of a label a page broke (子邮箱： of 电 / 子邮箱：).
   */
  static boolean isContact(String line) {
    return CONTACT.matcher(line).find();
  }

  /** A telephone number: 0759-3216180, 13812345678. */
  private static final Pattern PHONE_NUMBER =
      Pattern.compile("(?<!\\d)(" + NoticeParser.PHONE_DIGITS + ")(?!\\d)");

  /**
   * True when a line gives a telephone number: a contact (市工人文化宫　柯振邦　0759-3216180 under 联系人：),
   * which no photo's caption is.
   */
  static boolean givesPhone(String line) {
    return PHONE_NUMBER.matcher(line).find();
  }

  /**
   * The start of an attachment block ("附件：1.XXX统计表", "附件："): what follows the colon, which may be
   * "" or the first item; empty when the line does not open an attachment block.
   */
  static Optional<String> attachmentsStart(String line) {
    Matcher m = ATTACHMENTS.matcher(line);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Whether a line is a numbered or bulleted list item: 2.户外劳动者服务站点建设标准. */
  static boolean isNumberedItem(String line) {
    return ITEM_NUMBER.matcher(line).find();
  }

  /** An attachment item's name: without its numbering and trailing punctuation. */
  static String itemName(String item) {
    String s = ITEM_NUMBER.matcher(item).replaceFirst("").strip();
    int end = s.length();
    while (end > 0 && "。；;，,、".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  /**
   * What follows the dateline of an official document, or ends a bulletin or minutes: 抄送：…, 报：…,
   * 送：…, 发：…, （此件主动公开）, …办公室2027年4月6日印发; a post's 编辑：… ｜ 审核：… line.
   */
  private static final Pattern CLOSING =
      Pattern.compile(
          "^(抄送|抄报|报|送|发|分送)[：:]|^[（(]此件.{0,10}[)）]$|印发$"
              // a post's 编辑：许晴 ｜ 审核：邵文昊 under its dateline
              + "|^(责任)?(编辑|审核|校对|排版|美编|[一二三终]审)[：:]"
              // and its 来源：…　｜　编辑：… line, and the call to share it (转发给身边的工友…🙏)
              + "|^来源[：:]|^(觉得有用，?)?(请|欢迎)?(转发|分享)");

  /** Whether a line is what an official document carries after its dateline ({@link #CLOSING}). */
  static boolean isClosing(String line) {
    return CLOSING.matcher(line).find();
  }

  /** Whether a line is a date and nothing else, as notices are dated at their end. */
  static boolean isDate(String line) {
    return DATE_ONLY.matcher(line.replaceAll("\\s+", "")).matches();
  }

  /**
   * Whether a line can be the issuer that signs a notice right above its dateline: short, without
   * punctuation, not numbered, not a contact or attachment line.
   */
  static boolean isIssuer(String line) {
    if (line.length() > ISSUER_MAX
        || isNumberedItem(line)
        || isContact(line)
        || isNote(line)
        || attachmentsStart(line).isPresent()
        || Headings.numberedLevel(line) > 0
        || Headings.markdownLevel(line) > 0
        || isDate(line)) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (PUNCTUATION.indexOf(line.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}
