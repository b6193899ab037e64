package org.unionbot.knowledge.index;

import java.util.List;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * One sentence of answer text with where it sits.
 *
 * @param id index among the snapshot's passages
 * @param notice the notice
 * @param section its section
 * @param paragraph index of the paragraph within the section
 * @param sentence index of the sentence within the paragraph
 * @param text the sentence as written
 * @param canonical {@link Canonical#text} of the sentence
 * @param context canonical notice title, heading, topic sentence, previous sentence and sentence
 * @param clauses the sentence cut at ，：, each with its trailing mark
 * @param canonicalClauses {@link Canonical#text} of each clause
 * @param kind what part of the notice it is: body text, or one of the parts around it
 */
public record Passage(
    int id,
    Notice notice,
    Section section,
    int paragraph,
    int sentence,
    String text,
    String canonical,
    String context,
    List<String> clauses,
    List<String> canonicalClauses,
    Kind kind) {

  /** What part of a notice a passage is. */
  public enum Kind {
    /** The title. */
    TITLE("标题"),
    /** A sentence of the body. */
    TEXT(""),
    /** A photo caption. */
    CAPTION("图片说明"),
    /** Whom the notice is addressed to. */
    ADDRESSEE("主送"),
    /** The signature at the end: issuer and date. */
    SIGNATURE("落款"),
    /** The list of attached documents. */
    ATTACHMENTS("附件");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name a source of this kind is cited by; "" for body text, cited by its heading. */
    public String label() {
      return label;
    }
  }

  public Paragraph paragraphOf() {
    return section.paragraphs().get(paragraph);
  }

  /**
   * The heading to name as the source, "导语" (the lead) when the section has none; a part around the
   * body is named by its kind (图片说明, 落款, 附件…).
   */
  public String sectionName() {
    if (kind != Kind.TEXT) {
      return kind.label();
    }
    if (section.heading().isEmpty()) {
      return section.index() < 0 ? "标题" : "导语";
    }
    // 案例一：某物流公司拖欠快递员工资案·基本案情: a part's name, where each part has a 基本案情
    return repeats(notice, section)
        ? notice.sections().get(section.parent()).cited() + "·" + section.cited()
        : section.cited();
  }

  /**
   * True for a sub-part whose heading another section has too (基本案情 under each 案例…): it names which
   * only with its part's heading.
   */
  static boolean repeats(Notice n, Section s) {
    return s.parent() >= 0
        && n.sections().stream().filter(x -> x.title().equals(s.title())).limit(2).count() > 1;
  }

  /** This sentence as an answer's source. */
  public Source source() {
    return new Source(notice.id(), notice.title(), sectionName(), text);
  }

  @Override
  public String toString() {
    return "Passage[" + id + " " + sectionName() + ": " + text + "]";
  }
}
