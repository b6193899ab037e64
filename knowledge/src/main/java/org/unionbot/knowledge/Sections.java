package org.unionbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.notice.Headings;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * The notices as the dialogue shows them beside the answers: a short summary of each ("讲了什么") and a
 * section looked up by an answer's source. Stateless.
 */
final class Sections {

  /** Longest opening sentence a summary quotes for a notice without issuer and date. */
  private static final int OPENING = 60;

  private Sections() {}

  /**
   * A three-to-five-line summary per notice: its title, who issued it and when (its signature, else
   * its opening sentence), and its outline (the top-level headings); several notices one after the
   * other, separated by a blank line.
   */
  static String summary(List<Notice> notices) {
    List<String> out = new ArrayList<>();
    for (Notice n : notices) {
      StringBuilder sb = new StringBuilder(Titles.book(Titles.title(n)));
      issued(n).ifPresent(line -> sb.append('\n').append(line));
      List<String> headings = topHeadings(n);
      if (!headings.isEmpty()) {
        sb.append("\n主要内容：");
        for (int i = 0; i < headings.size(); i++) {
          // a question heading (怎么报名？) ends itself: no ；or 。 after its ？
          String separator = i == 0 ? "" : Headings.isQuestion(headings.get(i - 1)) ? " " : "；";
          sb.append(separator).append(i + 1).append(". ").append(headings.get(i));
        }
        sb.append(Headings.isQuestion(headings.get(headings.size() - 1)) ? "" : "。");
      }
      out.add(sb.toString());
    }
    return String.join("\n\n", out);
  }

  private static Optional<String> issued(Notice n) {
    if (n.issuer().isPresent() || n.dateline().isPresent()) {
      return Optional.of(
          n.issuer().orElse("")
              + n.dateline().map(d -> (n.issuer().isPresent() ? "，" : "") + d).orElse("")
              + "印发");
    }
    return n.sections().stream()
        .filter(s -> s.heading().isEmpty())
        .flatMap(s -> s.paragraphs().stream())
        .flatMap(p -> p.sentences().stream())
        .findFirst()
        .map(s -> s.length() > OPENING ? s.substring(0, OPENING) + "…" : s);
  }

  private static List<String> topHeadings(Notice n) {
    return n.sections().stream()
        .filter(s -> !s.heading().isEmpty() && s.level() <= 1)
        .map(Section::title)
        .toList();
  }

  /** The section {@code source} names, in the notice it names; empty when neither is there. */
  static Optional<SectionView> of(List<Notice> notices, Source source) {
    for (Notice n : notices) {
      if (!n.id().equals(source.doc())) {
        continue;
      }
      for (Section s : n.sections()) {
        String name = s.heading().isEmpty() ? "导语" : s.title();
        if (name.equals(source.section())) {
          return Optional.of(view(n, s, name));
        }
      }
    }
    return Optional.empty();
  }

  private static SectionView view(Notice n, Section s, String name) {
    List<Paragraph> paragraphs = new ArrayList<>(s.paragraphs());
    for (Section other : n.sections()) {
      if (other.parent() == s.index()) {
        paragraphs.addAll(other.paragraphs());
      }
    }
    List<SectionView.Item> items = new ArrayList<>();
    for (String item : Items.of(n, s)) {
      String explained = explanation(item, paragraphs);
      if (explained.isEmpty()) {
        // the heading ran into its text and no paragraph names the item
        explained = Items.firstSentenceUnder(n, s, item);
      }
      items.add(new SectionView.Item(item, explained));
    }
    return new SectionView(
        n.id(),
        Titles.shortTitle(n),
        name,
        items,
        paragraphs.stream().map(Paragraph::text).toList());
  }

  /**
   * The first sentence that says more than the item's name, in the first paragraph that names it:
   * the sentence after a topic sentence ("抓好传达学习。各级工会要…" → "各级工会要…"), else the paragraph's first.
   */
  private static String explanation(String item, List<Paragraph> paragraphs) {
    for (Paragraph p : paragraphs) {
      if (!p.text().contains(item)) {
        continue;
      }
      for (String sentence : p.sentences()) {
        String bare = sentence.replaceAll("[。！？；!?;]+$", "").strip();
        if (!bare.equals(item) && !item.contains(bare)) {
          return sentence;
        }
      }
    }
    return "";
  }
}
