package org.unionbot.core.intent;

import java.util.List;
import java.util.Optional;
import org.unionbot.core.Reply;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.SectionView;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Titles;

/**
 * Follow-ups on the session's last answer, whatever its kind: 出处 (the notice's short title, the
 * section and the exact sentence), 详细说说 (the whole paragraph; for a list, each item with its first
 * sentence), an ordinal ("第三个呢": that item of the list) and 还有呢 (the next paragraph of the section,
 * or that there is no more).
 */
final class FollowUps {

  private final KnowledgeBase knowledge;
  private final Examples examples;

  FollowUps(KnowledgeBase knowledge, Examples examples) {
    this.knowledge = knowledge;
    this.examples = examples;
  }

  Reply source(Turn turn) {
    Optional<Answer> last = turn.session().lastAnswer();
    if (last.isEmpty()) {
      return examples.reply(Reply.Kind.HELP, Texts.NO_LAST_ANSWER);
    }
    if (last.get().sources().isEmpty()) {
      return Reply.of(Reply.Kind.HELP, Texts.NO_SOURCE);
    }
    StringBuilder text = new StringBuilder();
    for (Source s : last.get().sources()) {
      Optional<SectionView> view = knowledge.section(s);
      String title = Titles.book(view.map(SectionView::shortTitle).orElse(s.title()));
      String sentence =
          view.filter(v -> isHeading(s, v))
              .map(v -> String.format(Texts.SOURCE_HEADING, s.snippet(), v.items().size()))
              .orElse(s.snippet());
      text.append(text.length() == 0 ? "" : "\n\n")
          .append(String.format(Texts.SOURCE, title, s.section(), sentence));
    }
    return new Reply(Reply.Kind.ANSWER, text.toString(), last.get().sources(), List.of());
  }

  Reply detail(Turn turn) {
    Optional<Answer> last = turn.session().lastAnswer();
    if (last.isEmpty()) {
      return examples.reply(Reply.Kind.HELP, Texts.NO_LAST_ANSWER);
    }
    Answer a = last.get();
    if (a.sources().isEmpty()) {
      return a.detail().isEmpty()
          ? Reply.of(Reply.Kind.HELP, Texts.NO_SOURCE)
          : Reply.of(Reply.Kind.ANSWER, a.detail());
    }
    Source s = a.sources().get(0);
    Optional<SectionView> view = knowledge.section(s);
    if (view.isPresent() && isHeading(s, view.get())) {
      return new Reply(Reply.Kind.ANSWER, items(view.get()), List.of(s), List.of());
    }
    String paragraph =
        !a.detail().isEmpty()
            ? a.detail()
            : view.flatMap(v -> paragraphOf(v, s.snippet()).map(i -> v.paragraphs().get(i)))
                .orElse("");
    if (paragraph.isEmpty() || paragraph.strip().equals(s.snippet().strip()) && view.isEmpty()) {
      return source(turn);
    }
    return new Reply(
        Reply.Kind.ANSWER,
        String.format(Texts.DETAIL, s.section(), paragraph),
        List.of(s),
        List.of());
  }

  /**
   * "还有呢": the paragraph after the one last shown of the last answer's section (after an ordinal,
   * the paragraph after that item), or that there is no more.
   */
  Reply more(Turn turn) {
    Session session = turn.session();
    Optional<Answer> last = session.lastAnswer();
    Optional<Source> s = last.flatMap(a -> a.sources().stream().findFirst());
    Optional<SectionView> view = s.flatMap(knowledge::section);
    if (view.isEmpty()) {
      return last.isEmpty()
          ? examples.reply(Reply.Kind.HELP, Texts.NO_LAST_ANSWER)
          : Reply.of(Reply.Kind.HELP, Texts.NO_MORE);
    }
    SectionView v = view.get();
    if (session.shownParagraph() < -1) {
      session.shownParagraph(
          isHeading(s.get(), v) ? -1 : paragraphOf(v, s.get().snippet()).orElse(-1));
    }
    int next = session.shownParagraph() + 1;
    if (next >= v.paragraphs().size()) {
      return Reply.of(Reply.Kind.HELP, String.format(Texts.NO_MORE_IN, v.name()));
    }
    session.shownParagraph(next);
    String paragraph = v.paragraphs().get(next);
    Source shown = new Source(v.doc(), s.get().title(), v.name(), paragraph);
    return new Reply(
        Reply.Kind.ANSWER,
        String.format(Texts.MORE, v.name(), next + 1, v.paragraphs().size(), paragraph),
        List.of(shown),
        List.of());
  }

  /**
   * "第三个呢" after an answer from a section that lists items: that item with its first sentence;
   * empty when the last answer's section lists none, or the ordinal names a kind of part ({@code
   * kind}: 步, 阶段, 部分, 方面) the section's name does not say, so the ordinal goes on as a question.
   */
  Optional<Reply> ordinal(Turn turn, int n, String kind) {
    Optional<Source> s = turn.session().lastAnswer().flatMap(a -> a.sources().stream().findFirst());
    // 第二步 after an answer from 「有关要求」 asks a step, which that section does not list
    Optional<SectionView> view =
        s.flatMap(knowledge::section)
            .filter(v -> !v.items().isEmpty())
            .filter(v -> kind.isEmpty() || v.name().contains(kind));
    if (view.isEmpty()) {
      return Optional.empty();
    }
    SectionView v = view.get();
    if (n < 1 || n > v.items().size()) {
      return Optional.of(
          Reply.of(Reply.Kind.HELP, String.format(Texts.NO_SUCH_ITEM, v.name(), v.items().size())));
    }
    SectionView.Item item = v.items().get(n - 1);
    String text =
        String.format(Texts.ITEM, n, item.name())
            + (item.firstSentence().isEmpty() || restatesName(item)
                ? ""
                : "\n" + item.firstSentence());
    Source source = new Source(v.doc(), s.get().title(), v.name(), item.firstSentence());
    if (!item.firstSentence().isBlank()) {
      // "还有呢" goes on after this item, not from the section's start
      paragraphOf(v, item.firstSentence()).ifPresent(turn.session()::shownParagraph);
    }
    return Optional.of(new Reply(Reply.Kind.ANSWER, text, List.of(source), List.of()));
  }

  /** A list line's numbering and closing marks: 3. of 3.数控车工，限报2人；. */
  private static final java.util.regex.Pattern NUMBERING =
      java.util.regex.Pattern.compile(
          "^\\s*(\\d{1,2}[.、．)]|[（(][一二三四五六七八九十\\d]{1,3}[）)])\\s*|[，。；;,\\s]+$");

  /** True when an item's first sentence only says its name again (3.数控车工，限报2人； of 数控车工，限报2人). */
  private static boolean restatesName(SectionView.Item item) {
    return NUMBERING.matcher(item.firstSentence()).replaceAll("").equals(item.name().strip());
  }

  private static String items(SectionView v) {
    StringBuilder sb = new StringBuilder(String.format(Texts.ITEMS, v.name(), v.items().size()));
    for (int i = 0; i < v.items().size(); i++) {
      SectionView.Item item = v.items().get(i);
      sb.append('\n').append(i + 1).append(". ").append(item.name());
      if (!item.firstSentence().isEmpty() && !restatesName(item)) {
        sb.append("：").append(item.firstSentence());
      }
    }
    return sb.toString();
  }

  /** True when the answer was the section's list itself: its source is the section's heading. */
  private static boolean isHeading(Source s, SectionView v) {
    return !v.items().isEmpty()
        && s.snippet().contains(s.section())
        && s.snippet().length() <= s.section().length() + 8;
  }

  private static Optional<Integer> paragraphOf(SectionView v, String snippet) {
    for (int i = 0; i < v.paragraphs().size(); i++) {
      if (v.paragraphs().get(i).contains(snippet.strip())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
