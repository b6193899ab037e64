package org.unionbot.knowledge;

import java.util.regex.Pattern;
import org.unionbot.knowledge.notice.Notice;

/**
 * How a notice's title is written in a reply: in 《》 book marks, and short enough for a phone. The
 * one place every reply takes its titles from, so an answer, its 出处 and a summary name a notice
 * alike.
 */
public final class Titles {

  /** The longest title a reply names in full; a longer one is shortened ({@link #shortTitle}). */
  static final int FULL = 26;

  /** The longest label ({@link #label}). */
  private static final int LABEL = 20;

  // what {@link #label} takes off a title, in this order
  private static final Pattern ABOUT = Pattern.compile("^关于");
  private static final Pattern DOCUMENT_KIND = Pattern.compile("(的)?(通知|通报|公告|决定|意见)$");
  private static final Pattern HEADLINE =
      Pattern.compile("^.{0,16}?(印发|下发|发出|出台)(《[^》]{1,20}》|通知|文件)\\s*(部署|指导|要求|号召)?(?=.{4,})");
  private static final Pattern UNION = Pattern.compile("^[\\p{IsHan}]{2,12}?(总工会|工会)(?=.{6,})");
  private static final Pattern ABOUT_AFTER_UNION = // 江北区总工会关于开展…的通知
      Pattern.compile("^关于(印发|转发)?(?=.{4,})");
  private static final Pattern YEAR = Pattern.compile("^(开展|举办|组织)?\\d{4}年度?");
  private static final Pattern ACTION = Pattern.compile("^(开展|举办|组织)(?=.{6,})");

  private Titles() {}

  /**
   * A title in 《》. Marks inside it become 〈〉, as Chinese typesetting nests them: 市总工会下发《通知》… is
   * written 《市总工会下发〈通知〉…》.
   */
  public static String book(String title) {
    return "《" + title.strip().replace('《', '〈').replace('》', '〉') + "》";
  }

  /**
   * A title short enough to label an answer with when several notices answer: what the notice is
   * about, without "关于…的通知" around it (also after the issuing union: "X总工会关于开展…的通知"), without a
   * headline's "X总工会印发通知部署" or the issuing union, the year and 开展 in front, cut at 20 characters;
   * "未命名通知" for none. "关于开展职工书屋读书月活动的通知" is labelled 职工书屋读书月活动, "市总工会下发《通知》 指导职工学习工会十八大精神"
   * 职工学习工会十八大精神.
   */
  public static String label(String title) {
    String t = title.strip();
    t = ABOUT.matcher(t).replaceFirst("");
    t = DOCUMENT_KIND.matcher(t).replaceFirst("");
    t = HEADLINE.matcher(t).replaceFirst("");
    t = UNION.matcher(t).replaceFirst("");
    t = ABOUT_AFTER_UNION.matcher(t).replaceFirst("");
    t = YEAR.matcher(t).replaceFirst("$1");
    t = ACTION.matcher(t).replaceFirst("");
    if (t.isBlank()) {
      t = title.isBlank() ? "未命名通知" : title.strip();
    }
    return t.length() > LABEL ? t.substring(0, LABEL) + "…" : t;
  }

  /**
   * The label of a notice: of its title, or, for a notice without one, of the activity its lead
   * names (“热血工会·爱心同行”职工无偿献血活动), so an answer from an untitled notice is not cited as 未命名通知 when
   * its own text says what it is about.
   */
  public static String label(Notice notice) {
    return label(notice.title().isBlank() ? notice.namedActivity().orElse("") : notice.title());
  }

  /** A notice's title as written, its {@link #label(Notice)} when it has none. */
  public static String title(Notice notice) {
    return notice.title().isBlank() ? label(notice) : notice.title().strip();
  }

  /**
   * {@link #shortTitle(String)} of a notice's title, its {@link #label(Notice)} when it has none.
   */
  public static String shortTitle(Notice notice) {
    return notice.title().isBlank() ? label(notice) : shortTitle(notice.title());
  }

  /** The title as it is when it is short (at most 26 characters), else its {@link #label}. */
  public static String shortTitle(String title) {
    String t = title.strip();
    return !t.isEmpty() && t.length() <= FULL ? t : label(t);
  }
}
