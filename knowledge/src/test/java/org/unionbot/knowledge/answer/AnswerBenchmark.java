package org.unionbot.knowledge.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.unionbot.knowledge.QaSet;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * The answer engine over the bundled notice, fused recall against lexical recall in the same run: a
 * new question (its vector not cached; every question of the evaluation sets in six politeness
 * variants, so none repeats within a run), a question asked before (the hot-answer cache), and the
 * build of a version; plus a reference, plain BM25 over paragraphs with Lucene's StandardAnalyzer
 * (what a union could otherwise run). BENCHMARKS.md has the command and the numbers.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AnswerBenchmark {

  private List<String> questions;
  private List<String> fresh;
  private KnowledgeBase kb;
  private Answerer answerer;
  private Answerer lexical;
  private NoticeText notice;
  private IndexSearcher baseline;
  private StandardAnalyzer analyzer;
  private int next;

  @Setup
  public void setUp() throws IOException {
    questions = devQuestions();
    fresh = freshQuestions();
    notice = KnowledgeBase.bundledNotice();
    kb = KnowledgeBase.of(List.of(notice));
    answerer = FaqTest.answerer(kb);
    lexical =
        Answerer.of(
            Snapshot.build(1, kb.notices(), List.of()), Synonyms.NONE, List.of(), Recall.LEXICAL);
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

  private int nextFresh;

  /** A question not asked before in this run: its vector is not cached. */
  private String nextFresh() {
    String q = fresh.get(nextFresh);
    nextFresh = (nextFresh + 1) % fresh.size();
    return q;
  }

  private String nextQuestion() {
    String q = questions.get(next);
    next = (next + 1) % questions.size();
    return q;
  }

  /**
   * A new question with fused recall: embedding the question (not cached), the words, n-grams and
   * vector candidates, the span; without the hot-answer cache that {@link KnowledgeBase#answer}
   * puts in front.
   */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Answer fusedNewQuestion() {
    return AnswerEngine.answer(answerer, nextFresh());
  }

  /** The same new questions with lexical recall only: the reference for the fused figure. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Answer lexicalNewQuestion() {
    return AnswerEngine.answer(lexical, nextFresh());
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

  /**
   * Parsing the notice, harvesting its dictionary and building its index and its vectors (the
   * passages' vectors not cached: every build is of a notice never embedded before).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, batchSize = 1)
  @Measurement(iterations = 10, batchSize = 1)
  public Snapshot buildFused() {
    return Snapshot.build(1, List.of(newNotice()), List.of(), Semantic.current().embedder());
  }

  /** The same build with lexical recall only: the reference for the fused figure. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, batchSize = 1)
  @Measurement(iterations = 10, batchSize = 1)
  public Snapshot buildLexical() {
    return Snapshot.build(1, List.of(newNotice()), List.of(), Optional.empty());
  }

  private int builds;

  /** The bundled notice with its sentences marked as a new edition, so none is embedded before. */
  private org.unionbot.knowledge.notice.Notice newNotice() {
    int n = builds++;
    String text = notice.text().replace("。", "（第" + n + "版）。");
    return new NoticeParser().parse("n" + n, text, Optional.empty());
  }

  /**
   * Every question of the evaluation sets, each with six politeness variants: about four thousand
   * distinct questions, more than a run asks.
   */
  private static List<String> freshQuestions() throws IOException {
    List<String> sets =
        List.of(
            "/qa/qa-dev.tsv",
            "/eval/qa-extended.tsv",
            "/eval/qa-reworded.tsv",
            "/eval/qa-notice-b.tsv",
            "/eval/qa-notice-e.tsv",
            "/eval/qa-notice-h.tsv");
    List<String> base = new ArrayList<>();
    for (String set : sets) {
      for (QaSet.Row r : QaSet.load(set).rows()) {
        base.add(r.question().replaceAll("[？?]$", ""));
      }
    }
    List<String> out = new ArrayList<>();
    for (String prefix : List.of("", "请问", "想问一下")) {
      for (String suffix : List.of("？", "呢？")) {
        base.forEach(q -> out.add(prefix + q + suffix));
      }
    }
    java.util.Collections.shuffle(out, new java.util.Random(1));
    return out;
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
