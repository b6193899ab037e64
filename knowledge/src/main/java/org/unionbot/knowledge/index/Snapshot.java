package org.unionbot.knowledge.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.unionbot.knowledge.analysis.Analyzers;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Dictionary;
import org.unionbot.knowledge.analysis.Places;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.notice.Clauses;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * One immutable version of the knowledge base: the notices, their segmenter (with its dictionary),
 * the Lucene index over sentences, paragraphs and sections, and term statistics. Built whole and
 * swapped whole, so a query never sees parts of two versions.
 */
public final class Snapshot {

  static final String KIND = "kind";
  static final String REF = "ref";
  static final String WORDS = "words";
  static final String CHARS = "chars";

  static final String SENTENCE = "sentence";
  static final String PARAGRAPH = "paragraph";
  static final String SECTION = "section";

  public final long version;
  public final List<Notice> notices;
  public final Segmenter segmenter;
  public final List<Passage> passages;
  public final List<List<Passage>> paragraphs;
  public final List<Section> sections;
  public final List<Notice> sectionNotices;

  /** Canonical heading and canonical title of each section, by position in {@link #sections}. */
  public final List<String> canonicalHeadings;

  public final List<String> canonicalTitles;

  public final Set<String> places;
  public final Set<String> people;

  final String corpus;
  final IndexSearcher searcher;

  /** Kind and ref of each Lucene document, read once so queries never load stored fields. */
  final String[] docKind;

  final int[] docRef;
  final Analyzer queryAnalyzer;

  private final Cache<String, Integer> sentenceFrequency =
      Caffeine.newBuilder().maximumSize(50_000).build();

  private Snapshot(long version, List<Notice> notices, Segmenter segmenter) {
    this.version = version;
    this.notices = List.copyOf(notices);
    this.segmenter = segmenter;
    List<Passage> ps = new ArrayList<>();
    List<List<Passage>> paras = new ArrayList<>();
    List<Section> secs = new ArrayList<>();
    List<Notice> secNotices = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (Notice n : notices) {
      Paragraph titleLine =
          new Paragraph(n.title(), List.of(n.title()), java.util.Optional.empty());
      Section titleSection =
          new Section(-1, 0, "", -1, java.util.OptionalInt.empty(), List.of(titleLine));
      String titleCanonical = Canonical.text(n.title());
      Passage title =
          new Passage(
              ps.size(),
              n,
              titleSection,
              0,
              0,
              n.title(),
              titleCanonical,
              titleCanonical,
              List.of(n.title()),
              List.of(titleCanonical));
      ps.add(title);
      paras.add(List.of(title));
      all.append(titleCanonical).append('\n');
      for (Section s : n.sections()) {
        secs.add(s);
        secNotices.add(n);
        all.append(Canonical.text(s.heading())).append('\n');
        for (int p = 0; p < s.paragraphs().size(); p++) {
          Paragraph para = s.paragraphs().get(p);
          List<Passage> inPara = new ArrayList<>();
          String head = Canonical.text(s.heading() + "\n" + para.topic().orElse(""));
          String previous = "";
          for (int i = 0; i < para.sentences().size(); i++) {
            String text = para.sentences().get(i);
            String canonical = Canonical.text(text);
            String context = head + "\n" + previous + "\n" + canonical;
            List<String> clauses = Clauses.of(text);
            Passage passage =
                new Passage(
                    ps.size(),
                    n,
                    s,
                    p,
                    i,
                    text,
                    canonical,
                    context,
                    clauses,
                    clauses.stream().map(Canonical::text).toList());
            previous = canonical;
            ps.add(passage);
            inPara.add(passage);
            all.append(canonical).append('\n');
          }
          paras.add(List.copyOf(inPara));
        }
      }
    }
    this.passages = List.copyOf(ps);
    this.paragraphs = List.copyOf(paras);
    this.sections = List.copyOf(secs);
    this.sectionNotices = List.copyOf(secNotices);
    this.corpus = all.toString();
    this.places = Set.copyOf(Places.of(notices));
    this.people = Set.copyOf(Places.people(notices));
    this.queryAnalyzer = analyzer(segmenter, false);
    this.canonicalHeadings = sections.stream().map(x -> Canonical.text(x.heading())).toList();
    this.canonicalTitles = sections.stream().map(x -> Canonical.text(x.title())).toList();
    this.searcher = index();
    int docs = searcher.getIndexReader().maxDoc();
    this.docKind = new String[docs];
    this.docRef = new int[docs];
    try {
      var stored = searcher.storedFields();
      for (int d = 0; d < docs; d++) {
        Document doc = stored.document(d);
        docKind[d] = doc.get(KIND);
        docRef[d] = doc.getField(REF).numericValue().intValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the knowledge-base index", e);
    }
  }

  /**
   * Builds a version of these notices; the extra terms (the admins' synonyms, say) join the
   * knowledge-base terms in the segmenter's dictionary.
   */
  public static Snapshot build(long version, List<Notice> notices, Collection<String> extraTerms) {
    List<String> terms = new ArrayList<>(Dictionary.terms(notices));
    terms.addAll(extraTerms);
    return new Snapshot(version, notices, Segmenter.create(terms));
  }

  private static Analyzer analyzer(Segmenter segmenter, boolean indexMode) {
    return Analyzers.perField(
        Analyzers.words(segmenter, indexMode), Map.of(CHARS, Analyzers.charGrams()));
  }

  private IndexSearcher index() {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    BM25Similarity similarity = new BM25Similarity(1.2f, 0.3f);
    IndexWriterConfig config = new IndexWriterConfig(analyzer(segmenter, true));
    config.setSimilarity(similarity);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (Passage p : passages) {
        writer.addDocument(doc(SENTENCE, p.id(), p.text()));
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        List<Passage> para = paragraphs.get(i);
        writer.addDocument(doc(PARAGRAPH, i, para.get(0).paragraphOf().text()));
      }
      for (Section s : sections) {
        if (!s.heading().isEmpty()) {
          StringBuilder outline = new StringBuilder(s.heading());
          s.paragraphs().forEach(p -> p.topic().ifPresent(t -> outline.append('\n').append(t)));
          writer.addDocument(doc(SECTION, sections.indexOf(s), outline.toString()));
        }
      }
      writer.commit();
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
      searcher.setSimilarity(similarity);
      return searcher;
    } catch (IOException e) {
      throw new UncheckedIOException("building the knowledge-base index", e);
    }
  }

  private static Document doc(String kind, int ref, String text) {
    Document d = new Document();
    d.add(new StringField(KIND, kind, Field.Store.YES));
    d.add(new StoredField(REF, ref));
    d.add(new TextField(WORDS, text, Field.Store.NO));
    d.add(new TextField(CHARS, text, Field.Store.NO));
    return d;
  }

  /** In how many sentences (and headings) the canonical term occurs. */
  public int frequency(String term) {
    return sentenceFrequency.get(
        term,
        t -> {
          int n = 0;
          for (Passage p : passages) {
            if (p.canonical().contains(t)) {
              n++;
            }
          }
          for (String heading : canonicalHeadings) {
            if (!heading.isEmpty() && heading.contains(t)) {
              n++;
            }
          }
          return n;
        });
  }

  /** True when the canonical term occurs anywhere in the knowledge base. */
  public boolean contains(String term) {
    return corpus.contains(term);
  }

  public int size() {
    return passages.size() + sections.size();
  }

  public List<Passage> passagesOf(Section s) {
    List<Passage> out = new ArrayList<>();
    for (Passage p : passages) {
      if (p.section() == s) {
        out.add(p);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
