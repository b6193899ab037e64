package org.unionbot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds candidate sentences in a snapshot's Lucene index: word and character n-gram fields over
 * sentences, paragraphs and sections. Thread-safe.
 */
public final class Retriever {

  private static final int HITS = 60;

  /**
   * A passage or section the question's vector is near.
   *
   * @param section true for a section (its heading and items), false for a passage
   * @param ref the passage's id, or the section's position in {@link Snapshot#sections}
   * @param cosine how near, from -1 to 1
   */
  public record Near(boolean section, int ref, double cosine) {}

  private Retriever() {}

  /**
   * The passages and sections nearest the question's vector, nearest first, from the version's
   * vector index; empty when the version has no vectors.
   */
  public static List<Near> semantic(Snapshot kb, float[] question, int k) {
    if (kb.passageVectors == null) {
      return List.of();
    }
    List<Near> out = new ArrayList<>();
    try {
      TopDocs top = kb.searcher.search(new KnnFloatVectorQuery(Snapshot.VECTOR, question, k), k);
      for (ScoreDoc sd : top.scoreDocs) {
        if (sd.doc >= kb.docKind.length || Float.isNaN(sd.score)) {
          continue;
        }
        boolean section = Snapshot.SECTION.equals(kb.docKind[sd.doc]);
        // Lucene scores a cosine c as (1 + c) / 2
        out.add(new Near(section, kb.docRef[sd.doc], 2.0 * sd.score - 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Which fields a lexical query searches. */
  public enum Fields {
    /** HanLP words and character bigrams, the bigrams weighing less. */
    BOTH,
    /** HanLP words only. */
    WORDS,
    /** Character bigrams only. */
    CHARS
  }

  /**
   * BM25 per passage id over words and characters: see {@link #lexical(Snapshot, List, Fields)}.
   */
  public static Map<Integer, Double> lexical(Snapshot kb, List<QueryTerm> terms) {
    return lexical(kb, terms, Fields.BOTH);
  }

  /** BM25 per passage id: its sentence score plus half its paragraph's and section's. */
  public static Map<Integer, Double> lexical(Snapshot kb, List<QueryTerm> terms, Fields fields) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean words = fields != Fields.CHARS;
    boolean chars = fields != Fields.WORDS;
    float charBoost = fields == Fields.CHARS ? 1f : 0.3f;
    int clauses = 0;
    for (QueryTerm t : terms) {
      for (String form : t.forms()) {
        float boost = (float) Math.max(0.05, t.weight());
        if (words) {
          query.add(
              new BoostQuery(new TermQuery(new Term(Snapshot.WORDS, form)), boost),
              BooleanClause.Occur.SHOULD);
        }
        for (int i = 0; chars && i + 1 < form.length() && clauses < 400; i++, clauses++) {
          query.add(
              new BoostQuery(
                  new TermQuery(new Term(Snapshot.CHARS, form.substring(i, i + 2))),
                  boost * charBoost),
              BooleanClause.Occur.SHOULD);
        }
        if (chars && form.length() == 1) {
          query.add(
              new BoostQuery(new TermQuery(new Term(Snapshot.CHARS, form)), boost * charBoost),
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
