package org.unionbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds candidate sentences with Lucene (word and character n-gram fields over sentences,
 * paragraphs and sections), then ranks them by weighted coverage of the question, BM25 and how well
 * each has the shape of the asked-for answer.
 */
final class Retriever {

  /** A candidate sentence and why it ranks where it does. */
  record Candidate(Passage passage, double coverage, double context, double bm25, double fit) {

    double score() {
      return 2 * coverage + context + 0.5 * bm25 + fit;
    }
  }

  private static final int HITS = 60;

  /**
   * How many of the best candidates are checked for the answer's shape; all of them when the
   * question is strict about it.
   */
  private static final int SHAPED = 20;

  private Retriever() {}

  static List<Candidate> candidates(Snapshot kb, Question q, Weights w) {
    Map<Integer, Double> bm25 = lucene(kb, w);
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

  /** BM25 per passage: its sentence score plus half its paragraph's and section's. */
  private static Map<Integer, Double> lucene(Snapshot kb, Weights w) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (Weights.Term t : w.terms) {
      for (String form : t.forms()) {
        float boost = (float) Math.max(0.05, t.weight());
        query.add(
            new BoostQuery(new TermQuery(new Term(Snapshot.WORDS, form)), boost),
            BooleanClause.Occur.SHOULD);
        for (int i = 0; i + 1 < form.length() && clauses < 400; i++, clauses++) {
          query.add(
              new BoostQuery(
                  new TermQuery(new Term(Snapshot.CHARS, form.substring(i, i + 2))), boost * 0.3f),
              BooleanClause.Occur.SHOULD);
        }
        if (form.length() == 1) {
          query.add(
              new BoostQuery(new TermQuery(new Term(Snapshot.CHARS, form)), boost * 0.3f),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    Map<Integer, Double> scores = new HashMap<>();
    try {
      TopDocs top = kb.searcher.search(query.build(), HITS);
      for (ScoreDoc sd : top.scoreDocs) {
        int ref = kb.docRef[sd.doc];
        switch (kb.docKind[sd.doc]) {
          case Snapshot.SENTENCE -> scores.merge(ref, (double) sd.score, Double::sum);
          case Snapshot.PARAGRAPH -> {
            for (Passage p : kb.paragraphs.get(ref)) {
              scores.merge(p.id(), 0.5 * sd.score, Double::sum);
            }
          }
          case Snapshot.SECTION -> {
            for (Passage p : kb.passagesOf(kb.sections.get(ref))) {
              scores.merge(p.id(), 0.5 * sd.score, Double::sum);
            }
          }
          default -> throw new IllegalStateException("unknown kind " + kb.docKind[sd.doc]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scores;
  }
}
