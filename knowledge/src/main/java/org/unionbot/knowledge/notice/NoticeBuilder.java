package org.unionbot.knowledge.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Accumulates a notice's sections, paragraphs, captions and end matter as {@link NoticeParser}
 * classifies its lines. One per parse; not thread-safe.
 */
final class NoticeBuilder {

  /** Where a caption sits before any heading: the lead, if the lead turns out to exist. */
  private static final int IN_LEAD = -2;

  String title = "";
  Optional<String> byline = Optional.empty();
  Optional<String> addressee = Optional.empty();
  Optional<String> issuer = Optional.empty();
  Optional<String> dateline = Optional.empty();
  Optional<String> forwardedBy = Optional.empty();
  Optional<String> forwardedOn = Optional.empty();
  final List<String> attachments = new ArrayList<>();
  final List<String> captionTexts = new ArrayList<>();
  final List<Integer> captionSections = new ArrayList<>();
  final List<Section> sections = new ArrayList<>();
  final int[] openAtLevel = {-1, -1, -1, -1, -1, -1, -1};
  String heading = "";
  int level = 0;
  int parent = -1;

  /** The index the section now being read will have; {@link #IN_LEAD} before any heading. */
  int current = IN_LEAD;

  final List<Paragraph> paragraphs = new ArrayList<>();

  /** The column names of the first table of the section being built; empty without one. */
  private final List<String> columns = new ArrayList<>();

  StringBuilder pending = new StringBuilder();

  void title(String t) {
    title = t;
  }

  void caption(String c) {
    captionTexts.add(c);
    captionSections.add(current);
  }

  /** The captions with their sections, once {@link #finish()} has made the sections. */
  List<Caption> captions(List<Section> finished) {
    int lead = !finished.isEmpty() && finished.get(0).heading().isEmpty() ? 0 : -1;
    List<Caption> out = new ArrayList<>();
    for (int i = 0; i < captionTexts.size(); i++) {
      int at = captionSections.get(i);
      out.add(new Caption(captionTexts.get(i), at == IN_LEAD ? lead : at));
    }
    return out;
  }

  void attachment(String name) {
    flushParagraph();
    if (!name.isEmpty()) {
      attachments.add(name);
    }
  }

  boolean continuesParagraph() {
    return pending.length() > 0 && !NoticeParser.endsSentence(pending.toString());
  }

  void text(String t) {
    if (pending.length() > 0 && NoticeParser.endsSentence(pending.toString())) {
      flushParagraph();
    }
    pending.append(t);
  }

  /** A list item is a paragraph of its own, whatever its punctuation. */
  void item(String t) {
    standalone(t.replaceFirst("^[-*+]\\s*", ""));
  }

  /** A line of a list its bullet glyph marks: a paragraph of its own, and an item. */
  void listed(String t) {
    flushParagraph();
    paragraphs.add(Sentences.paragraph(t).asListed());
  }

  /** The column names of the table whose rows follow, said of the section they are in. */
  void columns(List<String> names) {
    if (columns.isEmpty()) {
      columns.addAll(names);
    }
  }

  /**
   * A table's row: one sentence, whatever its cells hold (开放时间为周一至周五7:00-20:00；周六、周日9:00-17:00 is
   * one cell of the row, not the end of a sentence).
   */
  void row(String t) {
    flushParagraph();
    paragraphs.add(new Paragraph(t, List.of(t), Optional.empty()).asRow());
  }

  /** A paragraph of its own, whatever its punctuation: it neither continues nor is continued. */
  void standalone(String t) {
    flushParagraph();
    paragraphs.add(Sentences.paragraph(t));
  }

  void heading(String h, int newLevel) {
    flushSection();
    int lv = Math.max(1, Math.min(newLevel, openAtLevel.length - 1));
    int p = -1;
    for (int i = lv - 1; i >= 1; i--) {
      if (openAtLevel[i] >= 0) {
        p = openAtLevel[i];
        break;
      }
    }
    heading = h;
    level = lv;
    parent = p;
    current = sections.size();
    openAtLevel[lv] = current;
    for (int i = lv + 1; i < openAtLevel.length; i++) {
      openAtLevel[i] = -1;
    }
  }

  /**
   * What follows goes on under no heading, as the lead does; only where no heading is open above.
   */
  void leadAgain() {
    if (parent >= 0) {
      return;
    }
    flushSection();
    heading = "";
    level = 1;
    current = sections.size();
    Arrays.fill(openAtLevel, -1);
  }

  void flushParagraph() {
    if (pending.length() > 0) {
      paragraphs.add(Sentences.paragraph(pending.toString()));
      pending = new StringBuilder();
    }
  }

  void flushSection() {
    flushParagraph();
    if (!heading.isEmpty() || !paragraphs.isEmpty()) {
      OptionalInt count = heading.isEmpty() ? OptionalInt.empty() : Headings.count(heading);
      sections.add(
          new Section(
              sections.size(),
              level,
              heading,
              parent,
              count,
              List.copyOf(paragraphs),
              List.copyOf(columns)));
    }
    paragraphs.clear();
    columns.clear();
  }

  List<Section> finish() {
    flushSection();
    return sections;
  }
}
