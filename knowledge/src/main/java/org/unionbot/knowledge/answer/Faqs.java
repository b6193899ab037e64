package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>Each pair is matched by every wording it has: its question and its alternatives. A question
 * matches a wording when, after normalisation, it is the wording; or when both ask the same kind of
 * thing (type, ordinal and count agree) and each holds at least {@link #MIN_COVERAGE} of the
 * other's weighted content words, weighted as {@link Weights} weighs retrieval (inverse sentence
 * frequency in the notices; words the notices lack weigh most). Both directions matter: the pair's
 * words must be in the question (so 活动的第二阶段 does not take the answer of 活动分为几个阶段) and the
 * question's words in the pair (so a question that adds a topic is not swallowed). Particles,
 * question words and politeness carry no weight, word order does not count, and synonyms were
 * applied to both sides.
 *
 * <p>With semantic recall, the question's vector also matches a wording of the same kind whose
 * vector is close ({@link #REPHRASED}) when the two share part of their words but are not one word
 * apart ({@link #isSwap}): so 高温补贴发多少 reaches 高温津贴每个月多少钱, but 会费每年交多少 does not take the answer of
 * 会费每月交多少.
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
   * One wording of a pair with its question parsed and weighed, and its vector (embedded as a
   * question is) or null without semantic recall.
   */
  record Entry(Faq faq, Question question, Weights weights, String key, float[] vector) {}

  /**
   * A wording whose words hold at least this much of the question's (and the question of the
   * wording's), and one of the two all of the other's, matches when the two questions' vectors are
   * at least {@link #SAME_MEANING} near: 学深悟透分为几步 for 学深悟透分几个步骤.
   */
  static final double MIN_COVERAGE_WITH_VECTOR = 0.65;

  static final double SAME_MEANING = 0.93;

  /** A coverage from which one question holds all of the other's words (rounding aside). */
  static final double INSIDE = 0.95;

  /**
   * Least cosine between a question and a wording of the same kind for a rephrasing: measured by
   * {@code FaqRephrasingTest} on its rephrasings (0.82–0.98) and unrelated questions of the same
   * kind (at most 0.68), and over {@code FaqTest}'s pairs and sets.
   */
  static final double REPHRASED = 0.8;

  /** Least share of the question's weight a rephrasing shares with the wording: the same topic. */
  static final double MIN_SHARED = 0.3;

  /**
   * The smaller coverage from which two questions that are neither the same nor one inside the
   * other are one word apart: near misses (每年 for 每月, 关门 for 开门, 退出 for 加入) score 0.55–0.68 on both
   * sides, rephrasings change more words and score less on one side.
   */
  static final double SWAP = 0.55;

  /** The best pair for a question and how well they match, in [0, 1]. */
  public record Match(Faq faq, double score) {}

  private final List<Entry> entries;

  private Faqs(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Parses and weighs every wording of the pairs against this snapshot (synonyms applied). */
  static Faqs of(Answerer answerer, List<Faq> faqs) {
    Snapshot kb = answerer.index;
    if (faqs.isEmpty()) {
      return NONE;
    }
    List<Entry> out = new ArrayList<>();
    for (Faq f : faqs) {
      for (String wording : f.wordings()) {
        String asked = answerer.synonyms.rewrite(wording, kb.segmenter);
        Question q = answerer.questions.parse(asked);
        out.add(new Entry(f, q, Weights.of(kb, q), key(q.text()), answerer.vector(asked)));
      }
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

  /**
   * The pair this question asks (without a vector: by its words only): the pair of the wording it
   * matches best, by its words ({@link #MIN_COVERAGE}) or, with the question's vector, by its
   * meaning ({@link #SAME_MEANING}, {@link #REPHRASED}).
   */
  Optional<Match> match(Question q, Weights w, float[] vector) {
    String key = key(q.text());
    Match best = null;
    for (Entry e : entries) {
      double score = score(e, key, q, w, vector);
      if (score > 0 && (best == null || score > best.score())) {
        best = new Match(e.faq(), score);
      }
    }
    return Optional.ofNullable(best);
  }

  /** How well a question matches one wording: 0 when it does not, else in (0, 1]. */
  private static double score(Entry e, String key, Question q, Weights w, float[] vector) {
    if (e.key().equals(key)) {
      return 1;
    }
    if (w.isEmpty() || e.weights().isEmpty() || !sameKind(q, e.question())) {
      return 0;
    }
    double asked = w.coverage(e.question().text());
    double wording = e.weights().coverage(q.text());
    double lexical = Math.min(asked, wording);
    if (lexical >= MIN_COVERAGE) {
      return lexical;
    }
    if (vector == null || e.vector() == null) {
      return 0;
    }
    if (!samePeriod(q.text(), e.question().text())) {
      return 0;
    }
    double cosine = Embedder.cosine(vector, e.vector());
    boolean inside = Math.max(asked, wording) >= INSIDE;
    if (inside && lexical >= MIN_COVERAGE_WITH_VECTOR && cosine >= SAME_MEANING) {
      return lexical;
    }
    if (cosine >= REPHRASED && asked >= MIN_SHARED && !isSwap(asked, wording)) {
      return cosine * MIN_COVERAGE; // below any lexical match
    }
    return 0;
  }

  /**
   * Whether two questions of the same kind are one word apart: each holds most of the other's words
   * ({@link #SWAP}). Unless they mean the same ({@link #SAME_MEANING}) the word that differs is
   * then what is asked (每年 for 每月, 十八大 for 十九大), however close their vectors are.
   */
  static boolean isSwap(double asked, double wording) {
    return Math.min(asked, wording) >= SWAP;
  }

  /** A period an amount or a count is per: 每年, 一个月, 按季度… */
  private static final Pattern PERIOD = Pattern.compile("(?:每|一|1|按|个)(年|月|季度|季|周|星期|天|日|小时)");

  /**
   * Whether two questions that both name a period name the same one: vectors put 每年 and 每月 close
   * (0.93–0.96 between questions that differ only there), yet they ask different amounts.
   */
  static boolean samePeriod(String a, String b) {
    Set<String> x = periods(a);
    Set<String> y = periods(b);
    return x.isEmpty() || y.isEmpty() || x.equals(y);
  }

  private static Set<String> periods(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = PERIOD.matcher(text);
    while (m.find()) {
      out.add(m.group(1).equals("季") ? "季度" : m.group(1));
    }
    return out;
  }

  /**
   * The pairs nearest a question, nearest first, at most {@code limit}, each scored by its best
   * wording: the cosine of the two questions' vectors, or without vectors the smaller of the two
   * word coverages. For proposing where an unanswered question belongs; not a match.
   */
  List<Match> nearest(Question q, Weights w, float[] vector, int limit) {
    String key = key(q.text());
    Map<String, Match> best = new LinkedHashMap<>();
    for (Entry e : entries) {
      double score;
      if (e.key().equals(key)) {
        score = 1;
      } else if (vector != null && e.vector() != null) {
        score = Math.max(0, Embedder.cosine(vector, e.vector()));
      } else if (w.isEmpty() || e.weights().isEmpty()) {
        score = 0;
      } else {
        score = Math.min(w.coverage(e.question().text()), e.weights().coverage(q.text()));
      }
      Match before = best.get(e.faq().id());
      if (before == null || score > before.score()) {
        best.put(e.faq().id(), new Match(e.faq(), score));
      }
    }
    return best.values().stream()
        .filter(m -> m.score() > 0)
        .sorted(Comparator.comparingDouble(Match::score).reversed())
        .limit(limit)
        .toList();
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
