package org.unionbot.knowledge.answer;

import java.util.ArrayList;
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
   * A runner-up sentence scoring within this much of the answering one ({@link Candidates#score})
   * makes the answer a guess between two: its confidence is discounted by {@link #RIVAL_DISCOUNT}.
   */
  static final double CLOSE_RIVAL = 0.35;

  static final double RIVAL_DISCOUNT = 0.7;

  /**
   * A strict question's nearest candidate of the asked-for shape answers on its vector when at
   * least this near, and {@link #SHAPE_MARGIN} nearer than the next of that shape.
   */
  static final double SHAPE_ACCEPT = 0.55;

  static final double SHAPE_MARGIN = 0.03;

  /**
   * An answer picked by its shape alone is a good guess, not a sure one: low enough that admins see
   * the question among the unanswered ones.
   */
  static final double SHAPE_CONFIDENCE = 0.6;

  private AnswerEngine() {}

  /**
   * The candidate with the asked-for shape (a date, a number, a venue…) whose vector is nearest the
   * question's, when it is near enough and clearly nearer than the next such candidate; null
   * otherwise.
   */
  private static Candidates.Candidate nearestShaped(List<Candidates.Candidate> candidates) {
    Candidates.Candidate best = null;
    double next = -1;
    for (Candidates.Candidate c : candidates) {
      if (c.fit() < 0.8) {
        continue;
      }
      if (best == null || c.cosine() > best.cosine()) {
        next = best == null ? next : best.cosine();
        best = c;
      } else {
        next = Math.max(next, c.cosine());
      }
    }
    return best != null && best.cosine() >= SHAPE_ACCEPT && best.cosine() - next >= SHAPE_MARGIN
        ? best
        : null;
  }

  /** Confidence of an answer found by its vector alone: 0.75 at a cosine of 0.75, 1 at 0.85. */
  private static double semanticConfidence(double cosine) {
    return Math.max(0, Math.min(1, 0.75 + 2.5 * (cosine - 0.75)));
  }

  /**
   * Put before an answer the knowledge base is unsure of ({@link Answer#lowConfidence()}): the
   * worker reads it as the nearest thing the notice says, not as the notice's word on the question.
   */
  static final String UNSURE = "不太确定，通知里最接近的说法是：\n";

  static Answer answer(Answerer answerer, String asked) {
    Answer a = find(answerer, asked);
    if (!a.lowConfidence()) {
      return a;
    }
    return new Answer(
        a.kind(), UNSURE + a.text(), a.sources(), a.suggestions(), a.detail(), a.confidence());
  }

  private static Answer find(Answerer answerer, String asked) {
    Snapshot kb = answerer.index;
    String raw = answerer.synonyms.rewrite(asked, kb.segmenter);
    Question q = answerer.questions.parse(raw);
    Weights weights = null;
    if (!answerer.faqs.isEmpty()) {
      weights = Weights.of(kb, q);
      Optional<Faqs.Match> faq =
          answerer.faqs.match(q, weights, answerer.recall.vector() ? answerer.vector(raw) : null);
      if (faq.isPresent()) {
        return Faqs.answer(faq.get().faq());
      }
    }
    Optional<Parts.Part> part = Parts.asked(q);
    if (part.isPresent() && part.get() == Parts.Part.TITLE && kb.notices.size() > 1) {
      return titles(kb);
    }
    if (part.isPresent()) {
      Optional<Answer> about = Parts.answer(kb, part.get(), q);
      if (about.isPresent()) {
        return about.get();
      }
    }
    Weights w = weights != null ? weights : Weights.of(kb, q);
    Optional<Answer> division = Divisions.answer(kb, raw, q, w);
    if (division.isPresent()) {
      return division.get();
    }
    Optional<Outline.Match> outline = Outline.match(kb, q, w);
    boolean structureOnly = w.isEmpty() && outline.filter(Outline.Match::counted).isPresent();
    if (w.isEmpty() && q.type() == QuestionType.WHERE && q.strict()) {
      Optional<Answer> place = place(kb);
      if (place.isPresent()) {
        return place.get();
      }
    }
    Recall recall = answerer.recall;
    float[] vector = recall.vector() ? answerer.vector(raw) : null;
    List<Candidates.Candidate> candidates = Candidates.of(kb, q, w, vector, recall);
    boolean lexicallyKnown = recall.lexical() && !w.isEmpty() && w.known() >= MIN_KNOWN;
    Candidates.Candidate nearestShaped =
        vector == null || !q.strict() ? null : nearestShaped(candidates);
    if (!structureOnly && !lexicallyKnown && nearestShaped == null) {
      return byShape(kb, q, w, vector).orElseGet(() -> fallback(answerer, raw, vector));
    }
    double sentenceCoverage = candidates.isEmpty() ? 0 : candidates.get(0).coverage();
    boolean askedByNumber = q.count().isPresent() || q.ordinal().isPresent();
    boolean statedCount =
        q.type() == QuestionType.COUNT
            && !q.measure().isEmpty()
            && candidates.stream()
                .limit(3)
                .anyMatch(c -> c.fit() >= 1 && c.context() >= MIN_COVERED);
    if (outline.isPresent()
        && !(statedCount && !outline.get().exact())
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
    List<Found> found = new ArrayList<>();
    for (Candidates.Candidate c : candidates.subList(0, Math.min(candidates.size(), 5))) {
      boolean lexical = lexicallyKnown && c.context() >= MIN_COVERED;
      boolean semantic = c == nearestShaped;
      if (!lexical && !semantic) {
        if (recall == Recall.LEXICAL && found.isEmpty()) {
          break;
        }
        continue;
      }
      Optional<String> span = Spans.answer(q, w, c.passage(), kb);
      if (span.isPresent()) {
        double confidence =
            lexical ? Math.min(w.known(), c.context()) : semanticConfidence(c.cosine());
        int next = candidates.indexOf(c) + 1;
        double nextScore =
            next < candidates.size() ? Candidates.score(candidates.get(next), recall) : 0;
        if (Candidates.score(c, recall) - nextScore < CLOSE_RIVAL) {
          confidence *= RIVAL_DISCOUNT;
        }
        found.add(
            new Found(
                c.passage(), span.get(), Math.min(1, confidence), Candidates.score(c, recall)));
        if (kb.notices.size() == 1) {
          break;
        }
      }
    }
    if (!found.isEmpty()) {
      Found first = found.get(0);
      Optional<Found> other =
          found.stream()
              .filter(f -> f.passage().notice() != first.passage().notice())
              .filter(f -> first.score() - f.score() < CLOSE_RIVAL)
              .findFirst();
      return other.isPresent() ? fromEach(List.of(first, other.get())) : answer(kb, first);
    }
    return byShape(kb, q, w, vector).orElseGet(() -> fallback(answerer, raw, vector));
  }

  /** The answer to a question that asks for a kind of thing and little else ({@link ByShape}). */
  private static Optional<Answer> byShape(Snapshot kb, Question q, Weights w, float[] vector) {
    if (!ByShape.applies(q, w)) {
      return Optional.empty();
    }
    List<Found> found = new ArrayList<>();
    for (Passage p : ByShape.pick(kb, q, w, vector)) {
      Optional<String> span = Spans.answer(q, w, p, kb);
      if (span.isEmpty()) {
        return Optional.empty();
      }
      found.add(new Found(p, span.get(), SHAPE_CONFIDENCE, 0));
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(found.size() > 1 ? fromEach(found) : answer(kb, found.get(0)));
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

  /** A sentence that answers, with its span, how sure the answer is and how the sentence ranked. */
  private record Found(Passage passage, String span, double confidence, double score) {}

  private static Answer answer(Snapshot kb, Found f) {
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
  private static Answer fromEach(List<Found> found) {
    StringBuilder text =
        new StringBuilder(found.size() == 2 ? "两份通知都有相关内容：" : found.size() + "份通知都有相关内容：");
    List<Source> sources = new ArrayList<>();
    double confidence = 1;
    for (Found f : found) {
      Passage p = f.passage();
      text.append("\n《").append(shortTitle(p.notice())).append("》：").append(f.span());
      sources.add(p.source());
      confidence = Math.min(confidence, f.confidence());
    }
    return new Answer(Answer.Kind.ANSWER, text.toString(), sources, List.of(), "", confidence);
  }

  /**
   * A notice's title short enough to label an answer with: without "关于…的通知" around it or the
   * issuing union and the year in front, cut at 16 characters.
   */
  static String shortTitle(Notice n) {
    String t = n.title().strip();
    t = t.replaceFirst("^关于", "").replaceFirst("(的)?(通知|通报|公告|决定|意见)$", "");
    t = t.replaceFirst("^[\\p{IsHan}]{2,12}?(总工会|工会)(?=.{6,})", "");
    t = t.replaceFirst("^(开展|举办|组织)?\\d{4}年度?", "$1");
    if (t.isBlank()) {
      t = n.title().isBlank() ? "未命名通知" : n.title();
    }
    return t.length() > 16 ? t.substring(0, 16) + "…" : t;
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

  static Answer fallback(Answerer answerer, String question, float[] vector) {
    List<String> suggestions = Suggestions.forQuestion(answerer, question, vector);
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
