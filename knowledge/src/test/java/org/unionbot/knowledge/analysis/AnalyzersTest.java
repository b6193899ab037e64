package org.unionbot.knowledge.analysis;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Lucene's own analyzer checks: exact tokens, offsets and positions, then random text. */
public class AnalyzersTest extends BaseTokenStreamTestCase {

  private static final Segmenter SEGMENTER = Segmenter.create(List.of("学深悟透", "工会十八大"));

  public void testIndexModeAddsSubWordsAtTheSamePosition() throws Exception {
    try (Analyzer a = Analyzers.words(SEGMENTER, true)) {
      assertAnalyzesTo(
          a,
          "学深悟透工会十八大，劳动者",
          new String[] {"学深悟透", "工会十八大", "工会", "十八大", "十八", "八大", "劳动者", "劳动"},
          new int[] {0, 4, 4, 4, 4, 4, 10, 10},
          new int[] {4, 9, 9, 9, 9, 9, 13, 13},
          new int[] {1, 1, 0, 0, 0, 0, 1, 0});
    }
  }

  public void testQueryModeKeepsWholeWordsAndNormalises() throws Exception {
    try (Analyzer a = Analyzers.words(SEGMENTER, false)) {
      assertAnalyzesTo(
          a,
          "工會十八大 ＡＢ１２",
          new String[] {"工会十八大", "ab", "12"},
          new int[] {0, 6, 8},
          new int[] {5, 8, 10},
          new int[] {1, 1, 1});
    }
  }

  public void testCharGramsAreUnigramsAndBigramsThatNeverSpanPunctuation() throws Exception {
    try (Analyzer a = Analyzers.charGrams()) {
      assertAnalyzesTo(
          a,
          "学深，５分",
          new String[] {"学", "学深", "深", "5", "5分", "分"},
          new int[] {0, 0, 1, 3, 3, 4},
          new int[] {1, 2, 2, 4, 5, 5},
          null,
          new int[] {1, 0, 1, 1, 0, 1},
          new int[] {1, 2, 1, 1, 2, 1},
          true);
    }
  }

  public void testRandomTextKeepsTokenStreamsConsistent() throws Exception {
    try (Analyzer words = Analyzers.words(SEGMENTER, true);
        Analyzer query = Analyzers.words(SEGMENTER, false);
        Analyzer grams = Analyzers.charGrams()) {
      checkRandomData(random(), words, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), grams, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomChineseText() throws Exception {
    try (Analyzer words = Analyzers.words(SEGMENTER, true)) {
      checkRandomData(random(), words, 100 * RANDOM_MULTIPLIER, 60, false, false);
    }
  }
}
