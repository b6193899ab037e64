package org.unionbot.knowledge.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/**
 * {@code KnowledgeBase.answer} over the development questions, the time to build a knowledge base
 * from the bundled notice, and in the same run a reference: plain BM25 over paragraphs with
 * Lucene's StandardAnalyzer (what a union could otherwise run), answering the same questions.
 * BENCHMARKS.md has the command and the numbers.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnswerBenchmark {

  private List<String> questions;
  private KnowledgeBase kb;
  private Answerer answerer;
  private NoticeText notice;
  private IndexSearcher baseline;
  private StandardAnalyzer analyzer;
  private int next;

  @Setup
  public void setUp() throws IOException {
    questions = devQuestions();
    notice = KnowledgeBase.bundledNotice();
    kb = KnowledgeBase.of(List.of(notice));
    answerer = FaqTest.answerer(kb);
    analyzer = new StandardAnalyzer();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      kb.notices()
          .forEach(
              n ->
                  n.sections()
                      .forEach(
                          s ->
                              s.paragraphs()
                                  .forEach(
                                      p -> {
                                        Document d = new Document();
                                        d.add(new TextField("text", p.text(), Field.Store.YES));
                                        try {
                                          w.addDocument(d);
                                        } catch (IOException e) {
                                          throw new UncheckedIOException(e);
                                        }
                                      })));
    }
    baseline = new IndexSearcher(DirectoryReader.open(dir));
  }

  private String nextQuestion() {
    String q = questions.get(next);
    next = (next + 1) % questions.size();
    return q;
  }

  /**
   * One answer worked out from scratch, cycling through the development questions: the answer
   * engine itself, without the hot-answer cache that {@link KnowledgeBase#answer} puts in front.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Answer answer() {
    return AnswerEngine.answer(answerer, nextQuestion());
  }

  /** One answer as a worker gets it for a question asked before: from the hot-answer cache. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Answer answerAskedBefore() {
    return kb.answer(nextQuestion());
  }

  /** The reference: the top BM25 paragraph for the same question. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String baselineTopParagraph() throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    try (var ts = analyzer.tokenStream("text", nextQuestion())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        q.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
      }
      ts.end();
    }
    ScoreDoc[] hits = baseline.search(q.build(), 1).scoreDocs;
    return hits.length == 0 ? "" : baseline.storedFields().document(hits[0].doc).get("text");
  }

  /** Parsing the notice, harvesting its dictionary and building its index, on one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 5, batchSize = 1)
  @Measurement(iterations = 10, batchSize = 1)
  public KnowledgeBase build() {
    return KnowledgeBase.of(List.of(notice));
  }

  private static List<String> devQuestions() throws IOException {
    try (InputStream in = AnswerBenchmark.class.getResourceAsStream("/qa/qa-dev.tsv")) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t")[0]);
        }
      }
      return out;
    }
  }
}
