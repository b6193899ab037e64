package org.unionbot.knowledge.index;

import static org.apache.lucene.index.VectorSimilarityFunction.COSINE;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
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
import org.unionbot.knowledge.analysis.Everyday;
import org.unionbot.knowledge.analysis.Places;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Token;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
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
  static final String VECTOR = "vector";

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

  /**
   * Each section's shape, by position in {@link #sections}: its items ({@link Items#of}), the
   * canonical sentence that introduces its list ({@link Items#listIntro}) and its list lines
   * ({@link Items#bulleted}). Read once here, not for every section of every question.
   */
  public final List<List<String>> sectionItems;

  public final List<String> canonicalIntros;

  public final List<List<String>> sectionLines;

  public final Set<String> places;
  public final Set<String> people;

  final String corpus;
  final IndexSearcher searcher;

  /** Kind and ref of each Lucene document, read once so queries never load stored fields. */
  final String[] docKind;

  final int[] docRef;
  final Analyzer queryAnalyzer;

  /**
   * The embedding of each passage (its sentence with its heading) and of each section (its heading
   * with its items), by position; null when the version was built without semantic recall.
   */
  final float[][] passageVectors;

  final float[][] sectionVectors;

  /** The model the vectors came from, for embedding questions; empty for lexical recall only. */
  public final Optional<Embedder> embedder;

  private final Map<Section, Integer> sectionPositions = new IdentityHashMap<>();

  /** Each section's passages in order, so {@link #passagesOf} is a lookup, not a scan. */
  private final Map<Section, List<Passage>> sectionPassages = new IdentityHashMap<>();

  private final Cache<String, Integer> sentenceFrequency =
      Caffeine.newBuilder().maximumSize(50_000).build();

  private final Cache<String, Boolean> saidWithinAWord =
      Caffeine.newBuilder().maximumSize(50_000).build();

  private Snapshot(
      long version, List<Notice> notices, Segmenter segmenter, Optional<Embedder> embedder) {
    this.version = version;
    this.embedder = embedder;
    this.notices = List.copyOf(notices);
    this.segmenter = segmenter;
    Passages built = Passages.of(this.notices);
    this.passages = List.copyOf(built.passages);
    this.paragraphs = List.copyOf(built.paragraphs);
    this.sections = List.copyOf(built.sections);
    this.sectionNotices = List.copyOf(built.sectionNotices);
    this.corpus = built.corpus.toString();
    for (int i = 0; i < sections.size(); i++) {
      sectionPositions.put(sections.get(i), i);
    }
    for (Passage p : passages) {
      sectionPassages.computeIfAbsent(p.section(), s -> new ArrayList<>()).add(p);
    }
    sectionPassages.replaceAll((s, ps) -> List.copyOf(ps));
    this.places = Set.copyOf(Places.of(notices));
    this.people = Set.copyOf(Places.people(notices));
    this.queryAnalyzer = analyzer(segmenter, false);
    this.canonicalHeadings = sections.stream().map(x -> Canonical.text(x.heading())).toList();
    this.canonicalTitles = sections.stream().map(x -> Canonical.text(x.title())).toList();
    List<List<String>> items = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      items.add(Items.of(sectionNotices.get(i), sections.get(i)));
    }
    this.sectionItems = List.copyOf(items);
    this.canonicalIntros = sections.stream().map(x -> Canonical.text(Items.listIntro(x))).toList();
    this.sectionLines = sections.stream().map(Items::bulleted).toList();
    if (embedder.isPresent()) {
      float[][][] vectors = Vectors.embed(embedder.get(), passages, sections, sectionNotices);
      this.passageVectors = vectors[0];
      this.sectionVectors = vectors[1];
    } else {
      this.passageVectors = null;
      this.sectionVectors = null;
    }
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
    return build(version, notices, extraTerms, Optional.empty());
  }

  /**
   * Builds a version of these notices with semantic recall when a model is given: every passage and
   * section is embedded, and the vectors are indexed beside the words.
   */
  public static Snapshot build(
      long version,
      List<Notice> notices,
      Collection<String> extraTerms,
      Optional<Embedder> embedder) {
    List<String> terms = new ArrayList<>(Dictionary.terms(notices));
    terms.addAll(extraTerms);
    terms.addAll(Everyday.words());
    return new Snapshot(version, notices, Segmenter.create(terms), embedder);
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
        Document d = doc(SENTENCE, p.id(), p.text());
        if (passageVectors != null) {
          d.add(new KnnFloatVectorField(VECTOR, passageVectors[p.id()], COSINE));
        }
        writer.addDocument(d);
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        List<Passage> para = paragraphs.get(i);
        writer.addDocument(doc(PARAGRAPH, i, para.get(0).paragraphOf().text()));
      }
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        if (!s.heading().isEmpty()) {
          StringBuilder outline = new StringBuilder(s.heading());
          s.paragraphs().forEach(p -> p.topic().ifPresent(t -> outline.append('\n').append(t)));
          Document d = doc(SECTION, i, outline.toString());
          if (sectionVectors != null) {
            d.add(new KnnFloatVectorField(VECTOR, sectionVectors[i], COSINE));
          }
          writer.addDocument(d);
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

  /** True when this version was built with vectors. */
  public boolean semantic() {
    return passageVectors != null;
  }

  /** Cosine of a passage's vector and the question's; 0 without vectors. */
  public double cosine(Passage p, float[] question) {
    return passageVectors == null ? 0 : Embedder.cosine(passageVectors[p.id()], question);
  }

  /** The position in {@link #sections} of a passage's section; -1 for a part around the body. */
  public int sectionIndex(Passage p) {
    Integer i = sectionPositions.get(p.section());
    return i == null ? -1 : i;
  }

  /** Cosine of a section's vector (by position) and the question's; 0 without vectors. */
  public double sectionCosine(int section, float[] question) {
    return sectionVectors == null ? 0 : Embedder.cosine(sectionVectors[section], question);
  }

  /** True when the canonical term occurs anywhere in the knowledge base. */
  public boolean contains(String term) {
    return corpus.contains(term);
  }

  /**
   * True when the notices use the canonical term somewhere other than as the start of a longer
   * dictionary word: 医师 of 副主任医师 counts, 身份 of 身份证 does not.
   */
  public boolean saysAsWord(String term) {
    for (int i = corpus.indexOf(term); i >= 0; i = corpus.indexOf(term, i + 1)) {
      int end = i + term.length();
      boolean starts = false;
      for (int k = end + 1; k <= Math.min(corpus.length(), end + 2) && !starts; k++) {
        starts = Segmenter.isCoreWord(corpus.substring(i, k));
      }
      if (!starts) {
        return true;
      }
    }
    return false;
  }

  /** How many sentences that hold a term are read for whether it is a word of theirs. */
  private static final int SENTENCES_READ = 5;

  /**
   * True when some sentence holding the canonical term has it inside one of its words (开会 of 按时开会),
   * not only across two (召开|会员); segmented once per term and version.
   */
  public boolean saysWithinAWord(String term) {
    return saidWithinAWord.get(
        term,
        t -> {
          int read = 0;
          for (Passage p : passages) {
            if (!p.canonical().contains(t)) {
              continue;
            }
            for (Token w : segmenter.words(p.canonical())) {
              if (w.word().contains(t)) {
                return true;
              }
            }
            if (++read >= SENTENCES_READ) {
              return true; // said often enough: take it as said
            }
          }
          return read == 0 && contains(t); // only in headings
        });
  }

  public int size() {
    return passages.size() + sections.size();
  }

  /** The passages of a section, in order; empty for a section without any. */
  public List<Passage> passagesOf(Section s) {
    return sectionPassages.getOrDefault(s, List.of());
  }
}
