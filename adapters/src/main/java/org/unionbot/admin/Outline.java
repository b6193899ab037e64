package org.unionbot.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * An upload's outline as the bot will read it, for the preview an officer checks before storing:
 * the title, each section (its heading, level and sentence count) and the sentences in all. A text
 * the parser cannot read has an empty outline; storing it then refuses it with the reason.
 *
 * @param title the title the notice will have
 * @param sections its sections in order, the lead (text before the first heading) first
 * @param sentences the sentences the bot can answer from
 */
record Outline(String title, List<Part> sections, int sentences) {

  /** The most sections an outline lists; a longer notice says how many more there are. */
  static final int MAX_SECTIONS = 80;

  /**
   * One section.
   *
   * @param level 0 for the lead, 1 for top-level headings, 2 and deeper for sub-headings
   * @param heading the heading without numbering ("导语" for the lead)
   * @param sentences its sentences
   */
  record Part(int level, String heading, int sentences) {}

  static Outline of(String title, String text) {
    Notice notice;
    try {
      notice = new NoticeParser().parse("preview", text, Optional.of(title));
    } catch (IllegalArgumentException e) {
      return new Outline(title, List.of(), 0);
    }
    List<Part> parts =
        notice.sections().stream()
            .map(s -> new Part(s.level(), s.heading().isEmpty() ? "导语" : s.title(), sentences(s)))
            .toList();
    return new Outline(
        notice.title().isBlank() ? title : notice.title(),
        parts,
        parts.stream().mapToInt(Part::sentences).sum());
  }

  private static int sentences(Section s) {
    return s.paragraphs().stream().mapToInt(p -> sentenceCount(p)).sum();
  }

  private static int sentenceCount(Paragraph p) {
    return Math.max(p.sentences().size(), p.text().isBlank() ? 0 : 1);
  }

  /**
   * Writes {@code
   * {"title","sentences","sectionCount","sections":[{"level","heading","sentences"}]}}.
   */
  void into(ObjectNode out) {
    out.put("title", title).put("sentences", sentences).put("sectionCount", sections.size());
    ArrayNode list = out.putArray("sections");
    sections.stream()
        .limit(MAX_SECTIONS)
        .forEach(
            p ->
                list.addObject()
                    .put("level", p.level())
                    .put("heading", p.heading())
                    .put("sentences", p.sentences()));
  }
}
