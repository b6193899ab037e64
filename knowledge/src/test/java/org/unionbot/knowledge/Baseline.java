package org.unionbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.unionbot.knowledge.notice.Notice;

/**
 * The reference the issue compares against: plain BM25 over whole paragraphs (Lucene's
 * StandardAnalyzer, one token per Chinese character), replying with the top paragraph and never
 * refusing. Scored twice: when a whole paragraph counts, and under the concise rule.
 */
final class Baseline {

  record Score(int wholeParagraph, int concise, int answerable) {
    @Override
    public String toString() {
      return String.format(
          "top paragraph %3d/%-3d (%5.1f%%), concise %3d/%-3d (%5.1f%%), refuses nothing",
          wholeParagraph,
          answerable,
          100.0 * wholeParagraph / answerable,
          concise,
          answerable,
          100.0 * concise / answerable);
    }
  }

  private Baseline() {}

  static Score score(List<Notice> notices, QaSet qa) {
    List<String> paragraphs = new ArrayList<>();
    notices.forEach(
        n -> n.sections().forEach(s -> s.paragraphs().forEach(p -> paragraphs.add(p.text()))));
    try (StandardAnalyzer analyzer = new StandardAnalyzer();
        ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (String p : paragraphs) {
          Document d = new Document();
          d.add(new TextField("text", p, Field.Store.YES));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int whole = 0;
        int concise = 0;
        int answerable = 0;
        for (QaSet.Row r : qa.rows()) {
          if (r.refusal()) {
            continue;
          }
          answerable++;
          String top = top(searcher, analyzer, r.question());
          Answer asWhole = new Answer(Answer.Kind.ANSWER, top, List.of(), List.of());
          boolean holds = new QaSet.Row(r.question(), r.gold()).passesIgnoringLength(asWhole);
          whole += holds ? 1 : 0;
          concise += r.passes(asWhole) ? 1 : 0;
        }
        return new Score(whole, concise, answerable);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String top(IndexSearcher searcher, StandardAnalyzer analyzer, String question)
      throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    try (var ts = analyzer.tokenStream("text", question)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        q.add(
            new TermQuery(new org.apache.lucene.index.Term("text", term.toString())),
            BooleanClause.Occur.SHOULD);
      }
      ts.end();
    }
    ScoreDoc[] hits = searcher.search(q.build(), 1).scoreDocs;
    return hits.length == 0 ? "" : searcher.storedFields().document(hits[0].doc).get("text");
  }
}
