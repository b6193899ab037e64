package org.unionbot.knowledge.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The one item of several that scores highest, above zero: the comment, the message or the part a
 * question says most of. Two that share the highest score are no answer, nor is an item that scores
 * nothing.
 */
record SoleBest<T>(T item, double score) {

  /** The item that alone scores highest above zero, with its score; empty otherwise. */
  static <T> Optional<SoleBest<T>> of(List<T> items, ToDoubleFunction<T> scorer) {
    T best = null;
    double bestScore = 0;
    boolean tie = false;
    for (T item : items) {
      double score = scorer.applyAsDouble(item);
      if (score > bestScore) {
        best = item;
        bestScore = score;
        tie = false;
      } else if (score == bestScore) {
        tie = true;
      }
    }
    return best == null || tie ? Optional.empty() : Optional.of(new SoleBest<>(best, bestScore));
  }
}
