package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Notice;

/**
 * Answers one question over one snapshot: parse it, decide whether the knowledge base holds the
 * answer (on weighted coverage, never on raw BM25), then answer from the outline or from the best
 * sentence's shortest answering span, naming the section.
 */
final class AnswerEngine {

  /** Least share of a question's weight the knowledge base must hold at all. */
  static final double MIN_KNOWN = 0.6;

  /** Least share of a question's weight the answering sentence (with its heading) must hold. */
  static final double MIN_COVERED = 0.6;

  /**
   * A runner-up sentence scoring within this much of the answering one ({@link
   * Candidates.Candidate#score()}) makes the answer a guess between two: its confidence is
   * discounted by {@link #RIVAL_DISCOUNT}.
   */
  static final double CLOSE_RIVAL = 0.35;

  static final double RIVAL_DISCOUNT = 0.7;

  private AnswerEngine() {}

  static Answer answer(Answerer answerer, String asked) {
    Snapshot kb = answerer.index;
    String raw = answerer.synonyms.rewrite(asked, kb.segmenter);
    Question q = answerer.questions.parse(raw);
    Weights weights = null;
    if (!answerer.faqs.isEmpty()) {
      weights = Weights.of(kb, q);
      Optional<Faqs.Match> faq = answerer.faqs.match(q, weights);
      if (faq.isPresent()) {
        return Faqs.answer(faq.get().faq());
      }
    }
    if (q.authorship()) {
      Optional<Answer> byline = byline(kb);
      if (byline.isPresent()) {
        return byline.get();
      }
    }
    if (q.titleAsked() && kb.notices.size() == 1) {
      Notice n = kb.notices.get(0);
      return answer("通知的标题是《" + n.title() + "》。", n, "标题", n.title());
    }
    if (q.titleAsked() && kb.notices.size() > 1) {
      return titles(kb);
    }
    Weights w = weights != null ? weights : Weights.of(kb, q);
    Optional<Outline.Match> outline = Outline.match(kb, q, w);
    boolean structureOnly = w.isEmpty() && outline.filter(Outline.Match::counted).isPresent();
    if (w.isEmpty() && q.type() == QuestionType.WHERE && q.strict()) {
      Optional<Answer> place = place(kb);
      if (place.isPresent()) {
        return place.get();
      }
    }
    if (!structureOnly && (w.isEmpty() || w.known() < MIN_KNOWN)) {
      return fallback(answerer, raw);
    }
    List<Candidates.Candidate> candidates = Candidates.of(kb, q, w);
    double sentenceCoverage = candidates.isEmpty() ? 0 : candidates.get(0).coverage();
    boolean askedByNumber = q.count().isPresent() || q.ordinal().isPresent();
    if (outline.isPresent()
        && (outline.get().counted() || !q.strict())
        && (outline.get().coverage() >= sentenceCoverage - 0.05
            || outline.get().counted() && askedByNumber)) {
      Outline.Match m = outline.get();
      double confidence = w.isEmpty() || m.exact() ? 1 : Math.min(1, m.coverage());
      String text = Outline.render(m, q);
      if (kb.notices.size() > 1) {
        text += "\n——摘自《" + m.notice().title() + "》";
      }
      return answer(text, m.notice(), m.section().title(), m.section().heading(), confidence);
    }
    int rank = 0;
    for (Candidates.Candidate c : candidates.subList(0, Math.min(candidates.size(), 5))) {
      rank++;
      if (c.context() < MIN_COVERED) {
        break;
      }
      Passage p = c.passage();
      Optional<String> span = Spans.answer(q, w, p, kb);
      if (span.isPresent()) {
        String reply = span.get() + "\n——摘自" + sourceName(kb, p);
        Source source = p.source();
        double next = candidates.size() > rank ? candidates.get(rank).score() : 0;
        double confidence = Math.min(w.known(), c.context());
        if (c.score() - next < CLOSE_RIVAL) {
          confidence *= RIVAL_DISCOUNT;
        }
        return new Answer(
            Answer.Kind.ANSWER,
            reply,
            List.of(source),
            List.of(),
            p.paragraphOf().text(),
            Math.min(1, confidence));
      }
    }
    return fallback(answerer, raw);
  }

  /**
   * "哪个城市": the place the notices name most often, with a sentence that names it; empty when they
   * name none.
   */
  private static java.util.Optional<Answer> place(Snapshot kb) {
    String best = null;
    int bestCount = 0;
    for (String place : kb.places) {
      int count = 0;
      for (Passage p : kb.passages) {
        for (int at = p.canonical().indexOf(place);
            at >= 0;
            at = p.canonical().indexOf(place, at + 1)) {
          count++;
        }
      }
      if (count > bestCount
          || count == bestCount && best != null && place.length() < best.length()) {
        best = place;
        bestCount = count;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    for (Passage p : kb.passages) {
      if (p.canonical().contains(best)) {
        Source source = p.source();
        String text = "通知说的是" + best + "。\n原文：" + p.text();
        return java.util.Optional.of(
            new Answer(
                Answer.Kind.ANSWER, text, List.of(source), List.of(), p.paragraphOf().text()));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The byline of the one notice that has one; with several, each notice's byline after its title,
   * since "who wrote this" does not say which notice it means.
   */
  private static Optional<Answer> byline(Snapshot kb) {
    List<Notice> signed = kb.notices.stream().filter(n -> n.byline().isPresent()).toList();
    if (signed.size() == 1) {
      Notice n = signed.get(0);
      String text = "这篇通知的署名是：" + n.byline().get() + "。";
      return Optional.of(answer(text, n, "署名", n.byline().get()));
    }
    if (signed.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder("各篇通知的署名：");
    List<Source> sources = new java.util.ArrayList<>();
    for (Notice n : signed) {
      text.append("\n《").append(n.title()).append("》：").append(n.byline().get());
      sources.add(new Source(n.id(), n.title(), "署名", n.byline().get()));
    }
    return Optional.of(new Answer(Answer.Kind.ANSWER, text.toString(), sources, List.of()));
  }

  /** The titles of the notices, when a title is asked and there are several. */
  private static Answer titles(Snapshot kb) {
    StringBuilder text = new StringBuilder("现有" + kb.notices.size() + "篇通知：");
    List<Source> sources = new java.util.ArrayList<>();
    for (Notice n : kb.notices) {
      text.append("\n《").append(n.title()).append("》");
      sources.add(new Source(n.id(), n.title(), "标题", n.title()));
    }
    return new Answer(Answer.Kind.ANSWER, text.toString(), sources, List.of());
  }

  /** 「heading·topic」, with the notice's title in front when the knowledge base holds several. */
  private static String sourceName(Snapshot kb, Passage p) {
    String where = p.sectionName();
    java.util.Optional<String> topic = p.paragraphOf().topic();
    if (topic.isPresent() && p.sentence() > 0) {
      where += "·" + topic.get();
    }
    String quoted = "「" + where + "」";
    return kb.notices.size() > 1 ? "《" + p.notice().title() + "》" + quoted : quoted;
  }

  private static Answer answer(String text, Notice n, String section, String snippet) {
    return answer(text, n, section, snippet, 1);
  }

  private static Answer answer(
      String text, Notice n, String section, String snippet, double confidence) {
    Source source = new Source(n.id(), n.title(), section, snippet);
    return new Answer(Answer.Kind.ANSWER, text, List.of(source), List.of(), "", confidence);
  }

  static Answer fallback(Answerer answerer, String question) {
    List<String> suggestions = Suggestions.forQuestion(answerer, question);
    StringBuilder text = new StringBuilder("抱歉，通知里没有找到这个问题的答案。");
    if (!suggestions.isEmpty()) {
      text.append("您可以试着问：");
      for (int i = 0; i < suggestions.size(); i++) {
        text.append('\n').append(i + 1).append(". ").append(suggestions.get(i));
      }
    }
    return new Answer(Answer.Kind.FALLBACK, text.toString(), List.of(), suggestions);
  }
}
