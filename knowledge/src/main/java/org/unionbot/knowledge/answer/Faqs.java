package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.Faq;
import org.unionbot.knowledge.Source;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.index.Embedder;
import org.unionbot.knowledge.index.Snapshot;

/**
 * The curated question-and-answer pairs of one knowledge-base version, parsed once, and the match
 * of a worker's question against them. Immutable.
 *
 * <p>A question matches a pair when, after normalisation, it is the pair's question; or when both
 * ask the same kind of thing (type, ordinal and count agree) and each holds at least {@link
 * #MIN_COVERAGE} of the other's weighted content words, weighted as {@link Weights} weighs
 * retrieval (inverse sentence frequency in the notices; words the notices lack weigh most). Both
 * directions matter: the pair's words must be in the question (so 活动的第二阶段 does not take the answer
 * of 活动分为几个阶段) and the question's words in the pair (so a question that adds a topic is not
 * swallowed). Particles, question words and politeness carry no weight, word order does not count,
 * and synonyms were applied to both sides.
 */
public final class Faqs {

  /**
   * Least share of each side's weight the other must hold. Measured ({@code FaqMain}) with the
   * pairs of {@code FaqTest} over the development and extended sets plus hand-written paraphrases
   * and near misses: paraphrases score 0.89–1, the closest questions that ask something else on the
   * same topic (几点关门 for 几点开门, 退出 for 加入, 每年 for 每月) at most 0.67.
   */
  static final double MIN_COVERAGE = 0.8;

  /** Document title of a FAQ answer's source. */
  static final String TITLE = "常见问题";

  /** Document-id prefix of a FAQ answer's source. */
  static final String DOC_PREFIX = "faq:";

  static final Faqs NONE = new Faqs(List.of());

  /**
   * One pair with its question parsed and weighed, and its vector (embedded as a question is) or
   * null without semantic recall.
   */
  record Entry(Faq faq, Question question, Weights weights, String key, float[] vector) {}

  /**
   * A pair whose words hold at least this much of the question's (and the question of the pair's)
   * matches when the two questions' vectors are at least {@link #SAME_MEANING} near. Measured on
   * {@code FaqTest}'s paraphrases and near misses: a cosine alone cannot tell 每年 from 每月 or 开门 from
   * 关门 (near misses reach 0.95), so the vector only confirms a close lexical match.
   */
  static final double MIN_COVERAGE_WITH_VECTOR = 0.65;

  static final double SAME_MEANING = 0.93;

  /** The best pair for a question and how well they match, in [0, 1]. */
  record Match(Faq faq, double score) {}

  private final List<Entry> entries;

  private Faqs(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Parses and weighs the pairs' questions against this snapshot (synonyms applied). */
  static Faqs of(Answerer answerer, List<Faq> faqs) {
    Snapshot kb = answerer.index;
    if (faqs.isEmpty()) {
      return NONE;
    }
    List<Entry> out = new ArrayList<>();
    for (Faq f : faqs) {
      String asked = answerer.synonyms.rewrite(f.question(), kb.segmenter);
      Question q = answerer.questions.parse(asked);
      out.add(new Entry(f, q, Weights.of(kb, q), key(q.text()), answerer.vector(asked)));
    }
    return new Faqs(out);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The form two questions are the same in: normalised, without punctuation, whitespace or trailing
   * particles (吗, 呢…).
   */
  public static String key(String question) {
    String k = Canonical.question(question).replaceAll("[\\p{P}\\p{S}\\s]+", "");
    return k.replaceAll("[吗呢吧啊呀么嘛哦呐]+$", "");
  }

  /** The pair this parsed question asks, if any. */
  Optional<Match> match(Question q, Weights w) {
    return closest(q, w).filter(m -> m.score() >= MIN_COVERAGE);
  }

  /**
   * The pair this question asks: as {@link #match(Question, Weights)}, or, with the question's
   * vector, a pair whose words hold {@link #MIN_COVERAGE_WITH_VECTOR} of it and whose question
   * means the same ({@link #SAME_MEANING}).
   */
  Optional<Match> match(Question q, Weights w, float[] vector) {
    Optional<Match> m = closest(q, w);
    if (m.isEmpty() || m.get().score() >= MIN_COVERAGE || vector == null) {
      return m.filter(x -> x.score() >= MIN_COVERAGE);
    }
    Entry e = entries.stream().filter(x -> x.faq() == m.get().faq()).findFirst().orElseThrow();
    boolean near =
        e.vector() != null
            && m.get().score() >= MIN_COVERAGE_WITH_VECTOR
            && Embedder.cosine(vector, e.vector()) >= SAME_MEANING;
    return near ? m : Optional.empty();
  }

  /**
   * The pair closest to this parsed question, however far: 1 for the same question, else the
   * smaller of the two coverages, for pairs that ask the same kind of thing.
   */
  Optional<Match> closest(Question q, Weights w) {
    String key = key(q.text());
    Match best = null;
    for (Entry e : entries) {
      double score;
      if (e.key().equals(key)) {
        score = 1;
      } else if (w.isEmpty() || e.weights().isEmpty() || !sameKind(q, e.question())) {
        continue;
      } else {
        score = Math.min(w.coverage(e.question().text()), e.weights().coverage(q.text()));
      }
      if (best == null || score > best.score()) {
        best = new Match(e.faq(), score);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Both ask for the same kind of answer: a count, a date, the second step… */
  private static boolean sameKind(Question a, Question b) {
    return a.type() == b.type() && a.ordinal().equals(b.ordinal()) && a.count().equals(b.count());
  }

  /** The reply for a matched pair: its answer, citing the pair. */
  static Answer answer(Faq faq) {
    Source source = new Source(DOC_PREFIX + faq.id(), TITLE, faq.question(), faq.answer());
    return new Answer(Answer.Kind.ANSWER, faq.answer(), List.of(source), List.of(), "", 1);
  }
}
