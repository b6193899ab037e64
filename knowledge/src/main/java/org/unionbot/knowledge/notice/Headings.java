package org.unionbot.knowledge.notice;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises heading numbering (一、/（一）/1./（1）, Markdown #, 第X章/第X节/第X编 divisions and 第X条 articles)
 * and the counts headings announce.
 */
public final class Headings {

  /** 第五, 第十二, 第一百零三, 第12: the ordinal of a division or article. */
  private static final String ORDINAL = "第(?:[零〇一二三四五六七八九十百两]{1,6}|\\d{1,3})";

  private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s*(.+?)\\s*#*$");

  /** A post's topic tags, each closed by its own mark (#职工亲子夏令营# #暑假带娃去哪儿#): no heading. */
  private static final Pattern HASHTAGS = Pattern.compile("^(#[^#\\s]{1,30}#\\s*)+$");

  /** A case's label, as a circular of cases heads each: 案例三：栎溪县某电子厂加班费支付不足案. */
  private static final String CASE = "(典型)?案例[一二三四五六七八九十]{1,3}[：:　 ]";

  private static final Pattern CASE_LABEL = Pattern.compile("^" + CASE);

  private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]+[、.．]|" + CASE + ")\\s*");
  private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]\\s*");
  private static final Pattern LEVEL3 = Pattern.compile("^(\\d{1,2})[.、．]\\s*(?=\\D)");
  private static final Pattern LEVEL3_PAREN = Pattern.compile("^[（(]\\d{1,2}[）)]\\s*");
  private static final Pattern DIVISION = Pattern.compile("^" + ORDINAL + "([编章节])\\s*");
  private static final Pattern ARTICLE = Pattern.compile("^(" + ORDINAL + "条)\\s*");
  private static final Pattern NUMBERING =
      Pattern.compile(
          "^(#{1,6}\\s*|幻灯片 \\d{1,3}\\s|"
              + ORDINAL
              + "[编章节]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[.、．](?=\\D))\\s*");

  /**
   * A slide's heading as {@link Slides} writes it: its number, then its title (幻灯片 13 权益保障（三）…).
   */
  public static final Pattern SLIDE = Pattern.compile("^幻灯片 (\\d{1,3})\\s");

  /** A count at the start of a heading: 四个步骤, 三项重点任务, 5个方面, 八大行动. */
  private static final Pattern COUNT =
      Pattern.compile("^([一二三四五六七八九十两]{1,3}|\\d{1,2})(个|项|条|点|种|大|步|类|件|方面)");

  /** A count anywhere in a heading (聚焦三项重点任务); 大 only after one digit, never 十八大. */
  private static final Pattern COUNT_ANYWHERE =
      Pattern.compile(
          // not 下一步工作, 进一步, 上一年: one of a sequence, no count; nor “三个一”: a name
          // 以下五项 counts, though 下一步 does not
          "(?<![\\d一二三四五六七八九十两第上进同“])(?<!(?<![以如])下)(([一二三四五六七八九十两]{1,2}|\\d{1,2})(个|项|条|点|种|步|类|件|方面)"
              + "|([一二三四五六七八九])大)"
              // 由以下四部分构成 counts as 四个部分 does; 一部分职工 counts nothing
              + "|(?<![\\d一二三四五六七八九十两第])([二三四五六七八九十两]{1,2}|\\d{1,2})部分");

  private static final Pattern LABEL =
      Pattern.compile("^第([零〇一二三四五六七八九十百两]{1,6}|\\d{1,3})([编章节条])");

  /**
   * The label a division or article heading opens with.
   *
   * @param kind 编, 章, 节 or 条
   * @param number its number (第十二条 → 12)
   */
  public record Label(char kind, int number) {}

  private Headings() {}

  /** The label of a 「第二章 参加与缴费」 or 「第五条」 heading; empty for other headings. */
  public static Optional<Label> label(String heading) {
    Matcher m = LABEL.matcher(heading);
    if (!m.find()) {
      return Optional.empty();
    }
    int n = Numerals.parse(m.group(1).replace('〇', '零'));
    return n > 0 ? Optional.of(new Label(m.group(2).charAt(0), n)) : Optional.empty();
  }

  /** The Markdown heading level (1–6), or 0 when the line is not a Markdown heading. */
  static int markdownLevel(String line) {
    Matcher m = MARKDOWN.matcher(line);
    return m.matches() && !HASHTAGS.matcher(line.strip()).matches() ? m.group(1).length() : 0;
  }

  /**
   * The outline level that a numbering prefix implies: 一、 → 1, （一） → 2, 1. → 3, （1） → 4; 0 when the
   * line is not numbered.
   */
  static int numberedLevel(String line) {
    if (LEVEL1.matcher(line).find()) {
      return 1;
    }
    if (LEVEL2.matcher(line).find()) {
      return 2;
    }
    if (LEVEL3.matcher(line).find()) {
      return 3;
    }
    // （1） sits below 1. where a notice numbers both (1.个人奖励。 over （1）各工种决赛第一名…)
    return LEVEL3_PAREN.matcher(line).find() ? 4 : 0;
  }

  /** True for a line a case's label opens (案例三：…): a heading, though it reads as a label's line. */
  static boolean opensCase(String line) {
    return CASE_LABEL.matcher(line).lookingAt();
  }

  /**
   * The kind of division a line opens: 编, 章 or 节 for 「第二章 参加与缴费」-style lines; empty otherwise. Says
   * nothing about whether the line is short enough to be a heading.
   */
  static Optional<Character> division(String line) {
    Matcher m = DIVISION.matcher(line);
    return m.find() ? Optional.of(m.group(1).charAt(0)) : Optional.empty();
  }

  /** The article label a line opens with ("第五条" of 「第五条 职工互助保障……」); empty otherwise. */
  static Optional<String> articleLabel(String line) {
    Matcher m = ARTICLE.matcher(line);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The text after an article's label on its line ("职工互助保障……" of 「第五条 职工互助保障……」). */
  static String afterArticleLabel(String line) {
    return ARTICLE.matcher(line).replaceFirst("").strip();
  }

  /** True for a heading that is a question, as a 问：…？ line of a question-and-answer notice is. */
  public static boolean isQuestion(String heading) {
    String h = heading.strip();
    return h.endsWith("？") || h.endsWith("?");
  }

  /**
   * The heading without its numbering: 一、/（一）/1./（1）, Markdown marks, 第X章/第X节/第X编; an article label
   * (第五条) is kept, as it is all an article heading has.
   */
  public static String stripNumbering(String heading) {
    return NUMBERING.matcher(heading).replaceFirst("").strip();
  }

  /** A heading numbered as a part is: 一、认定范围, not 常见问题 after the numbered parts. */
  private static final Pattern PART_NUMBER = Pattern.compile("^[一二三四五六七八九十]+、");

  /**
   * The heading as the notice numbers it, without Markdown marks (## 一、认定范围 → 一、认定范围), when its
   * number is a part's (一、); empty otherwise.
   */
  public static Optional<String> numberedAsAPart(String heading) {
    String said = asWritten(heading);
    return PART_NUMBER.matcher(said).lookingAt() ? Optional.of(said) : Optional.empty();
  }

  /** The heading as the notice writes it, with its number and without Markdown marks: （四）公示. */
  public static String asWritten(String heading) {
    Matcher m = MARKDOWN.matcher(heading.strip());
    return m.matches() ? m.group(2) : heading.strip();
  }

  /** The count a heading announces at its start ("四个步骤“学深悟透”" → 4), after any numbering. */
  public static OptionalInt count(String heading) {
    Matcher m = COUNT_ANYWHERE.matcher(stripNumbering(heading));
    if (!m.find()) {
      return OptionalInt.empty();
    }
    int n =
        Numerals.parse(
            m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5));
    return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /** Where the count phrase ends in the heading ("聚焦三项" of 聚焦三项重点任务), or -1. */
  public static int countEnd(String heading) {
    Matcher m = COUNT_ANYWHERE.matcher(heading);
    return m.find() ? m.end() : -1;
  }

  static boolean startsWithCount(String line) {
    return COUNT.matcher(line).find();
  }
}
