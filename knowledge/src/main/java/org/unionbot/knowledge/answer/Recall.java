package org.unionbot.knowledge.answer;

/**
 * How candidate sentences are found and ranked. {@link #FUSED} serves; the others exist so the
 * evaluation can report each signal beside the fusion.
 */
public enum Recall {
  /** Words and character n-grams (BM25), ranked by how much of the question each covers. */
  LEXICAL,
  /** The embedding alone: sentences ranked by cosine to the question. */
  VECTOR,
  /** Reciprocal rank fusion of the word, n-gram and vector rankings. */
  RRF,
  /** The lexical ranking with the cosine added as a weighted feature. */
  WEIGHTED;

  /** The fusion that serves (measured: docs/how-it-answers.md). */
  public static final Recall FUSED = WEIGHTED;

  boolean lexical() {
    return this != VECTOR;
  }

  boolean vector() {
    return this != LEXICAL;
  }
}
