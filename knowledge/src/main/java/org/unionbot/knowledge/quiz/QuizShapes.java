package org.unionbot.knowledge.quiz;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.unionbot.knowledge.analysis.Segmenter;

/**
 * The kind of a text answer, so that a distractor is the same kind of thing as the answer: a verb
 * phrase (贯彻新发展理念) beside verb phrases, an action (诚实劳动) beside actions, a thing (工会报刊) beside
 * things, a quality (创新型) beside qualities, all of similar length; and never one of the answer's
 * synonyms. Thread-safe.
 *
 * <p>The shape comes from HanLP's own dictionary (portable data, name recognition off), not from
 * the knowledge base's: the knowledge base tags its own terms {@code nz} whole (劳动精神/nz, 贯彻/v
 * 新发展理念/nz), which would hide their heads. A phrase whose first word is a verb followed (or a word
 * the dictionary also lists as a verb: 组织) by at least two characters is a verb phrase; otherwise
 * its last word decides: a one-character last word is a suffix naming a thing (引领力, 学习会) or a
 * quality (创新型); a verb or verbal noun (劳动/vn, 疏导/v) makes an action, an adjective or
 * distinguishing word a quality, anything else a thing.
 */
final class QuizShapes {

  /** What kind of thing a text is, by its words' parts of speech. */
  enum Shape {
    VERB_PHRASE,
    ACTION,
    QUALITY,
    THING
  }

  /** The core dictionary only: no person names guessed inside terms (学深悟/nr 透). */
  private static final Segment SEGMENT =
      HanLP.newSegment().enableNameRecognize(false).enableTranslatedNameRecognize(false);

  private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

  private QuizShapes() {}

  /** The shape of a text answer or option, quote marks and separators aside. */
  static Shape of(String text) {
    return SHAPES.computeIfAbsent(text, QuizShapes::shape);
  }

  private static Shape shape(String text) {
    String bare = text.replaceAll("[\\p{P}\\p{S}\\s]+", "");
    List<Term> terms = SEGMENT.seg(Segmenter.normalizeChars(bare));
    if (terms.isEmpty()) {
      return Shape.THING;
    }
    Term head = terms.get(terms.size() - 1);
    String first = pos(terms.get(0));
    String last = pos(head);
    boolean verbFirst = verb(first) || canBeVerb(terms.get(0).word);
    if (terms.size() > 1 && verbFirst && bare.length() - terms.get(0).word.length() >= 2) {
      return Shape.VERB_PHRASE; // a verb and its object: 走近职工, 贯彻新发展理念
    }
    if (terms.size() > 1 && head.word.length() == 1) {
      // a one-character head is a suffix naming a thing (引领力, 学习会) or a quality (创新型)
      return last.equals("k") || last.startsWith("a") ? Shape.QUALITY : Shape.THING;
    }
    if (verb(last) || last.equals("vn")) {
      return Shape.ACTION;
    }
    if (last.startsWith("a") || last.equals("b") || last.equals("k")) {
      return Shape.QUALITY;
    }
    return Shape.THING;
  }

  /** Whether HanLP's core dictionary lists the word as a verb too (组织/n, v: 组织学习培训). */
  private static boolean canBeVerb(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return false;
    }
    for (Nature n : a.nature) {
      if (verb(n.toString())) {
        return true;
      }
    }
    return false;
  }

  private static String pos(Term t) {
    return t.nature == null ? "" : t.nature.toString();
  }

  /** A verb, not a verbal noun (vn), nor 是/有 (vshi, vyou), which join rather than act. */
  private static boolean verb(String pos) {
    return pos.startsWith("v") && !pos.equals("vn") && !pos.equals("vshi") && !pos.equals("vyou");
  }

  /**
   * Why a text option cannot stand beside a text answer, if it cannot: another shape, another
   * length (more than two characters or a third apart), or a synonym in HanLP's thesaurus.
   */
  static Optional<String> unlike(String answer, String option) {
    int a = answer.length();
    if (Math.abs(option.length() - a) > Math.max(2, a / 3)) {
      return Optional.of("a distractor of another length: " + option + " for " + answer);
    }
    if (of(answer) != of(option)) {
      return Optional.of(
          "a distractor of another part of speech: "
              + option
              + " ("
              + of(option)
              + ") for "
              + answer
              + " ("
              + of(answer)
              + ")");
    }
    if (Segmenter.synonyms(answer).contains(option)
        || Segmenter.synonyms(option).contains(answer)) {
      return Optional.of("a distractor that is a synonym of the answer: " + option);
    }
    return Optional.empty();
  }
}
