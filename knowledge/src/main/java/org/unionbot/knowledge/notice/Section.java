package org.unionbot.knowledge.notice;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of a notice: a heading and the paragraphs under it. The lead (text before the first
 * heading) is a section with an empty heading.
 *
 * @param index position among the notice's sections, from 0
 * @param level 1 for top-level headings, 2 and 3 (and deeper) for sub-headings, 0 for the lead
 * @param heading the heading as written, numbering included ("第二章 参加与缴费"); an article's label alone
 *     ("第五条"), its text being the section's paragraph; "" for the lead
 * @param parent index of the enclosing section, or -1
 * @param count the count the heading announces ("四个步骤" → 4), if any
 * @param paragraphs the paragraphs directly under this heading
 * @param columns the column names of the first table under this heading, as its header row gives
 *     them; empty without one
 */
public record Section(
    int index,
    int level,
    String heading,
    int parent,
    OptionalInt count,
    List<Paragraph> paragraphs,
    List<String> columns) {

  public Section {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(count, "count");
    paragraphs = List.copyOf(paragraphs);
    columns = List.copyOf(columns);
  }

  /** A section without a table. */
  public Section(
      int index,
      int level,
      String heading,
      int parent,
      OptionalInt count,
      List<Paragraph> paragraphs) {
    this(index, level, heading, parent, count, paragraphs, List.of());
  }

  /**
   * A reader's comment's heading as {@link NoticeParser} writes it: who (group 1), 留言, and what
   * they wrote after a colon (group 2), if anything.
   */
  public static final Pattern COMMENT = Pattern.compile("^(.{1,20}?)留言(?:：(.*))?$");

  /**
   * The heading the parser gives an attachment's own text after the notice's signature (附件1：…申请表,
   * 附件).
   */
  static final Pattern APPENDIX = Pattern.compile("^附件\\d{0,2}(?:：|$)");

  /**
   * True for an attachment's own text after the notice's signature (附件1：…申请表): a part of the
   * document, not one of the notice's parts.
   */
  public boolean appendix() {
    return level == 1 && APPENDIX.matcher(heading).lookingAt();
  }

  /**
   * The heading without its numbering ("一、", "（二）", "3.", "第二章") or Markdown marks; an article's
   * label ("第五条"), which is all its heading has; an attachment's text by the attachment's name
   * (桐溪区困难职工帮扶申请表 of 附件1：桐溪区困难职工帮扶申请表), or by its label when it gives none.
   */
  public String title() {
    if (appendix()) {
      String name = APPENDIX.matcher(heading).replaceFirst("");
      return name.isEmpty() ? heading : name;
    }
    return Headings.stripNumbering(heading);
  }

  /**
   * The {@link #title} an answer names as its source; a reader's comment by who wrote it (晴天小鱼的留言),
   * not by what they wrote, which is no word of the post's.
   */
  public String cited() {
    Matcher comment = COMMENT.matcher(heading);
    return comment.matches() && comment.group(2) != null ? comment.group(1) + "的留言" : title();
  }
}
