package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.Titles;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;

/**
 * How answers read: a span with its source named (「heading·topic」, with the notice's title when
 * there are several), answers from several notices each under its notice's short title.
 */
final class Replies {

  private Replies() {}

  /** A sentence that answers, with its span, how sure the answer is and how the sentence ranked. */
  record Found(Passage passage, String span, double confidence, double score) {}

  static Answer answer(Snapshot kb, Found f) {
    Passage p = f.passage();
    return new Answer(
        Answer.Kind.ANSWER,
        f.span() + "\n——摘自" + sourceName(kb, p),
        List.of(p.source()),
        List.of(),
        p.paragraphOf().text(),
        f.confidence());
  }

  /**
   * A question several notices answer about equally well ("联系电话是多少"): each answer under its
   * notice's short title, rather than a silent pick of one.
   */
  static Answer fromEach(List<Found> found) {
    List<Source> sources = new ArrayList<>();
    double confidence = 1;
    for (Found f : found) {
      sources.add(f.passage().source());
      confidence = Math.min(confidence, f.confidence());
    }
    String text =
        fromEach(
            found.stream().map(f -> f.passage().notice()).toList(),
            found.stream().map(Found::span).toList());
    return new Answer(Answer.Kind.ANSWER, text, sources, List.of(), "", confidence);
  }

  /** Texts of several notices, each under its notice's short title, after a line that says so. */
  static String fromEach(List<Notice> notices, List<String> texts) {
    StringBuilder text =
        new StringBuilder(notices.size() == 2 ? "两份通知都有相关内容：" : notices.size() + "份通知都有相关内容：");
    for (int i = 0; i < notices.size(); i++) {
      text.append("\n").append(Titles.book(Titles.label(notices.get(i)))).append("：");
      text.append(texts.get(i));
    }
    return text.toString();
  }

  /**
   * "\n——摘自《short title》" when the knowledge base holds several notices, so a reply says whose;
   * else "".
   */
  static String whose(Snapshot kb, Notice n) {
    return kb.notices.size() > 1 ? "\n——摘自" + Titles.book(Titles.label(n)) : "";
  }

  /** 「heading·topic」, with the notice's title in front when the knowledge base holds several. */
  static String sourceName(Snapshot kb, Passage p) {
    String where = shortened(p.sectionName());
    Optional<String> topic = p.paragraphOf().topic();
    if (topic.isPresent() && p.sentence() > 0) {
      where += "·" + shortened(topic.get());
    }
    String quoted = "「" + where + "」";
    return kb.notices.size() > 1 ? Titles.book(Titles.label(p.notice())) + quoted : quoted;
  }

  /**
   * Longest part of a citation shown whole; a longer one (a transcript's whole question) is cut.
   */
  private static final int CITED_PART = 30;

  /** A heading or topic as a citation names it: whole, or its first characters and …. */
  private static String shortened(String part) {
    return part.length() <= CITED_PART ? part : part.substring(0, CITED_PART - 1) + "…";
  }

  static Answer answer(String text, Notice n, String section, String snippet) {
    return answer(text, n, section, snippet, 1);
  }

  static Answer answer(String text, Notice n, String section, String snippet, double confidence) {
    Source source = new Source(n.id(), n.title(), section, snippet);
    return new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of(), "", confidence);
  }
}
