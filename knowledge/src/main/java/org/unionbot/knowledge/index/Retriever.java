package org.unionbot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Finds candidate sentences in a snapshot's Lucene index: word and character n-gram fields over
 * sentences, paragraphs and sections. Thread-safe.
 */
public final class Retriever {

  private static final int HITS = 60;

  private Retriever() {}

  /** BM25 per passage id: its sentence score plus half its paragraph's and section's. */
  public static Map<Integer, Double> lexical(Snapshot kb, List<QueryTerm> terms) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    for (QueryTerm t : terms) {
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
