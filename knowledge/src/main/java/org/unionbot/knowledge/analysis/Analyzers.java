package org.unionbot.knowledge.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** The Lucene analyzers of the knowledge-base index, built on one {@link Segmenter}. */
public final class Analyzers {

  private Analyzers() {}

  /** HanLP words; {@code indexMode} adds sub-words at position increment 0 (index side only). */
  public static Analyzer words(Segmenter segmenter, boolean indexMode) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new WordTokenizer(segmenter, indexMode));
      }
    };
  }

  /** Character unigrams and bigrams. */
  public static Analyzer charGrams() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new CharGramTokenizer());
      }
    };
  }

  /** Routes each field to its analyzer, {@code fallback} for fields not named. */
  public static Analyzer perField(Analyzer fallback, Map<String, Analyzer> byField) {
    Map<String, Analyzer> fields = Map.copyOf(byField);
    return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return fields.getOrDefault(field, fallback);
      }
    };
  }
}
