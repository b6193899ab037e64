package org.unionbot.knowledge.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.unionbot.knowledge.index.Passage;
import org.unionbot.knowledge.index.Retriever;
import org.unionbot.knowledge.index.Snapshot;

/**
 * Finds candidate sentences with Lucene (word and character n-gram fields over sentences,
 * paragraphs and sections), then ranks them by weighted coverage of the question, BM25 and how well
 * each has the shape of the asked-for answer.
 */
final class Candidates {

  /** A candidate sentence and why it ranks where it does. */
  record Candidate(Passage passage, double coverage, double context, double bm25, double fit) {

    double score() {
      return 2 * coverage + context + 0.5 * bm25 + fit;
    }
  }

  /**
   * How many of the best candidates are checked for the answer's shape; all of them when the
   * question is strict about it.
   */
  private static final int SHAPED = 20;

  private Candidates() {}

  static List<Candidate> of(Snapshot kb, Question q, Weights w) {
    Map<Integer, Double> bm25 = Retriever.lexical(kb, w.queryTerms());
    double max = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : bm25.entrySet()) {
      Passage p = kb.passages.get(e.getKey());
      double coverage = w.coverage(p.canonical());
      double context = w.coverage(p.context());
      out.add(new Candidate(p, coverage, context, e.getValue() / max, 0));
    }
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    int shaped = q.strict() ? out.size() : Math.min(out.size(), SHAPED);
    List<Candidate> top = new ArrayList<>(out.subList(0, shaped));
    top.replaceAll(
        c ->
            new Candidate(
                c.passage(),
                c.coverage(),
                c.context(),
                c.bm25(),
                TypeFit.of(q, c.passage().canonical(), kb)));
    top.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return top;
  }
}
