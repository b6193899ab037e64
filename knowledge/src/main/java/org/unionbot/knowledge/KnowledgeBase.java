package org.unionbot.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unionbot.knowledge.analysis.Canonical;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.analysis.Synonyms;
import org.unionbot.knowledge.answer.Answerer;
import org.unionbot.knowledge.answer.Faqs;
import org.unionbot.knowledge.answer.Recall;
import org.unionbot.knowledge.index.Embedder;
import org.unionbot.knowledge.index.Semantic;
import org.unionbot.knowledge.index.Snapshot;
import org.unionbot.knowledge.notice.Enumerations;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.quiz.CuratedQuiz;
import org.unionbot.knowledge.quiz.QuizBank;
import org.unionbot.knowledge.quiz.QuizEntry;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * The knowledge base: answers questions from the notices it holds.
 *
 * <p>Thread-safe. Every version is an immutable snapshot (notices, segmenter dictionary, Lucene
 * index); {@link #replace} builds the next one off to the side and swaps it in atomically, so a
 * query in flight finishes on the version it started with and never sees a mix.
 */
public final class KnowledgeBase {

  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

  /** Id of the notice bundled in the jar. */
  public static final String BUNDLED_ID = "notice";

  private static final String BUNDLED = "notice.txt";

  /** Longer questions are cut: nobody types 500 characters into a chat, and it bounds the work. */
  private static final int MAX_QUESTION = 500;

  private final AtomicReference<Build> current;

  private KnowledgeBase(Build first) {
    this.current = new AtomicReference<>(first);
    addVectorsOnceLoaded(first);
  }

  /**
   * A built version, ready to serve but not yet serving: what {@link #build} makes and {@link
   * #install} swaps in. Lets a caller commit a change to its store between the two, so the store
   * never records a version that could not be built and the bot never serves an uncommitted one.
   */
  public static final class Build {
    private final Content content;
    private final Snapshot snapshot;
    private final Answerer answerer;
    private final QuizBank quiz;
    private final Synonyms synonyms;
    private final Semantic semantic;
    private final Recall recall;

    private Build(
        Content content,
        Snapshot snapshot,
        Answerer answerer,
        QuizBank quiz,
        Synonyms synonyms,
        Semantic semantic,
        Recall recall) {
      this.content = content;
      this.snapshot = snapshot;
      this.answerer = answerer;
      this.quiz = quiz;
      this.synonyms = synonyms;
      this.semantic = semantic;
      this.recall = recall;
    }

    /** True when semantic recall is on but this build was made without vectors (model loading). */
    private boolean awaitsVectors() {
      return semantic.enabled() && snapshot.embedder.isEmpty();
    }

    /** The same version with vectors: its index rebuilt with the model, the same quiz bank. */
    private Build withVectors(Embedder embedder) {
      Snapshot fused =
          Snapshot.build(
              snapshot.version, snapshot.notices, synonyms.words(), Optional.of(embedder));
      Answerer fusedAnswerer = Answerer.of(fused, synonyms, content.faqs(), recall);
      return new Build(content, fused, fusedAnswerer, quiz, synonyms, semantic, recall);
    }

    public long version() {
      return snapshot.version;
    }

    public Content content() {
      return content;
    }
  }

  /** A knowledge base over these notices, at version 1. */
  public static KnowledgeBase of(List<NoticeText> notices) {
    return of(Content.of(notices), 1);
  }

  /** A knowledge base over this content, serving it as {@code version}. */
  public static KnowledgeBase of(Content content, long version) {
    return new KnowledgeBase(build(content, version));
  }

  /** A knowledge base over this content, serving it as {@code version}, with this recall. */
  public static KnowledgeBase of(Content content, long version, Semantic semantic) {
    return new KnowledgeBase(build(content, version, semantic));
  }

  /**
   * Builds a version from this content off to the side: checks it, parses the notices, builds the
   * dictionary (with the synonyms' words), the index, the FAQ matcher and (in the background) the
   * quiz bank.
   *
   * @throws IllegalArgumentException with a short message an admin can act on, when: two documents
   *     share an id or a title; a document has no sentence to answer from (an empty or title-only
   *     text, say); a FAQ pair has a blank question or answer, or asks the same question as another
   *     after normalisation (traditional, full-width, punctuation and trailing particles ignored);
   *     a synonym is blank, shorter than two characters, equal to its canonical word, given two
   *     canonical words or part of a cycle; a curated quiz item is invalid (see {@link
   *     #quizBank()})
   */
  public static Build build(Content content, long version) {
    return build(content, version, Semantic.current());
  }

  /**
   * Builds a version as {@link #build(Content, long)} does, with semantic recall as given rather
   * than as the process is configured: {@link Semantic#off()} for lexical recall only. Waits for
   * the embedding model if it is still loading.
   */
  public static Build build(Content content, long version, Semantic semantic) {
    return build(content, version, semantic, Recall.FUSED);
  }

  /** A knowledge base that recalls as given, for the evaluation to measure each signal apart. */
  static KnowledgeBase of(Content content, long version, Semantic semantic, Recall recall) {
    return new KnowledgeBase(build(content, version, semantic, recall));
  }

  private static Build build(Content content, long version, Semantic semantic, Recall recall) {
    ContentCheck.documents(content.documents());
    ContentCheck.faqs(content.faqs());
    Synonyms synonyms = Synonyms.of(content.synonyms());
    CuratedQuiz.check(content.quizItems());
    List<Notice> notices = parse(content.documents());
    ContentCheck.notices(notices);
    Snapshot snapshot =
        Snapshot.build(version, notices, synonyms.words(), semantic.embedderForBuild());
    Answerer answerer = Answerer.of(snapshot, synonyms, content.faqs(), recall);
    QuizBank quiz =
        QuizBank.start(
            snapshot.segmenter,
            snapshot.notices,
            snapshot.people,
            content.quizItems(),
            content.disabledQuiz());
    return new Build(content, snapshot, answerer, quiz, synonyms, semantic, recall);
  }

  /** Serves this build from now on; queries in flight finish on the version they started with. */
  public void install(Build build) {
    current.set(Objects.requireNonNull(build, "build"));
    addVectorsOnceLoaded(build);
  }

  /**
   * For a build made without waiting for the model ({@link Semantic#withoutWaiting}): once the
   * model has loaded, builds the same version with vectors in the background and swaps it in, if
   * this build is still the one serving (an admin's newer version is left alone: it has its own).
   */
  private void addVectorsOnceLoaded(Build build) {
    if (!build.awaitsVectors()) {
      return;
    }
    build
        .semantic
        .loaded()
        .thenAcceptAsync(
            model -> {
              if (model.isEmpty() || current.get() != build) {
                return;
              }
              try {
                Build fused = build.withVectors(model.get());
                if (current.compareAndSet(build, fused)) {
                  LOG.info("version {} answers with semantic recall from now on", build.version());
                }
              } catch (RuntimeException e) {
                LOG.warn(
                    "version {} keeps lexical recall: adding its vectors failed",
                    build.version(),
                    e);
              }
            });
  }

  /**
   * The caches every version shares, by name, for their metrics (they record statistics). Each
   * version's own caches die with it and are not among them.
   */
  public static Map<String, Cache<?, ?>> sharedCaches() {
    return Map.of("enumerations", Enumerations.cache());
  }

  /**
   * The recall the version now serving answers with: "on" (semantic), "loading" while the model
   * loads or this version's vectors are being added, "unavailable" when the model could not load,
   * "off".
   */
  public String semantic() {
    Build b = current.get();
    if (b.snapshot.embedder.isPresent()) {
      return "on";
    }
    String state = b.semantic.state();
    return state.equals("on") ? "loading" : state;
  }

  /** The content of the version now serving. */
  public Content content() {
    return current.get().content;
  }

  /** A knowledge base over the notice bundled in the jar. */
  public static KnowledgeBase bundled() {
    return of(List.of(bundledNotice()));
  }

  /** The notice bundled in the jar, the default knowledge base. */
  public static NoticeText bundledNotice() {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("the bundled notice is missing from the jar");
      }
      return new NoticeText(
          BUNDLED_ID, Optional.empty(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled notice", e);
    }
  }

  /**
   * The title of a notice text as the parser reads it (its first line, without Markdown marks), or
   * "" when the text has none. For uploads that come without a title.
   */
  public static String titleOf(String text) {
    try {
      return new NoticeParser().parse("untitled", text, Optional.empty()).title().strip();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Answers a question; never null, never throws for any input text. */
  public Answer answer(String question) {
    Objects.requireNonNull(question, "question");
    String q = question.strip();
    if (q.length() > MAX_QUESTION) {
      q = q.substring(0, MAX_QUESTION);
    }
    return current.get().answerer.answer(q);
  }

  /**
   * The FAQ pairs of the version now serving nearest a question, nearest first, at most {@code
   * limit}, each with a score in [0, 1] ({@link Answerer#nearestFaqs}).
   */
  public List<Faqs.Match> nearestFaqs(String question, int limit) {
    Objects.requireNonNull(question, "question");
    String q = question.strip();
    if (q.length() > MAX_QUESTION) {
      q = q.substring(0, MAX_QUESTION);
    }
    return current.get().answerer.nearestFaqs(q, limit);
  }

  /**
   * Replaces the notices with a new version, built before it is swapped in; the curated FAQ pairs,
   * synonyms and quiz items stay.
   */
  public long replace(List<NoticeText> notices) {
    synchronized (current) {
      Content now = content();
      Content content =
          new Content(notices, now.faqs(), now.synonyms(), now.quizItems(), now.disabledQuiz());
      Build next = build(content, version() + 1);
      install(next);
      return next.version();
    }
  }

  /**
   * An example question the version now serving answers from its own notices (the first question a
   * refusal would suggest), for help texts and hints: a fixed example would stop being answered
   * once an admin replaces the notice.
   */
  public String example() {
    return current.get().answerer.example();
  }

  /**
   * A short summary of the notices now serving ("这个通知讲了什么"): for each, its title, who issued it and
   * when (or its opening sentence), and its top-level headings; three to five lines a notice.
   */
  public String summary() {
    return Sections.summary(notices());
  }

  /**
   * The section an answer's source names, in the version now serving, for follow-ups on the answer
   * (its whole text, its items, the next paragraph); empty when that section is no longer served.
   */
  public Optional<SectionView> section(Source source) {
    Objects.requireNonNull(source, "source");
    return Sections.of(notices(), source);
  }

  /** The outline of the notices now serving: sections and their counted items ("要点"). */
  public String outline() {
    return current.get().answerer.outline();
  }

  /**
   * Normalises text the way questions are: traditional → simplified, full-width → half-width, lower
   * case. For channels that match commands.
   */
  public static String normalize(String text) {
    return Segmenter.normalize(text);
  }

  /**
   * Loads the analyzer's dictionaries by segmenting and normalising {@code text}, so that the first
   * question does not pay for them; returns the normalised text. For servers, on a thread of their
   * own while the rest of the start-up goes on.
   */
  public static String warmUp(String text) {
    Segmenter.create(List.of()).words(text);
    return normalize(text);
  }

  /** The version now serving. */
  public long version() {
    return current.get().snapshot.version;
  }

  /**
   * The quiz items rounds draw from, in the version now serving: the items generated from its
   * notices (validated when the version was built), an admin's item with a generated item's id in
   * its place, then the admins' own items, without disabled ones; immutable. Generated ids are
   * stable: the same text gives the same items after a rebuild.
   */
  public List<QuizItem> quizItems() {
    return current.get().quiz.served();
  }

  /**
   * Every quiz item of the version now serving, disabled ones included, for the admins' list:
   * generated items in order ({@link QuizEntry.Origin#EDITED} where an admin's item replaced one),
   * then the admins' own ({@link QuizEntry.Origin#CURATED}). An admin's item is checked when the
   * version is built: a non-blank unique id and prompt; a choice has 2–4 distinct non-blank options
   * with the answer among them and no "以上都是"-style option; a blank shows {@link QuizItem#BLANK} in
   * its prompt and has a non-blank answer.
   */
  public List<QuizEntry> quizBank() {
    return current.get().quiz.entries();
  }

  /**
   * What a quiz grade shows after the right answer: the item's whole source sentence, or, for an
   * item about a heading that lists items, the heading with its items.
   */
  public String quizExplanation(QuizItem item) {
    return current.get().quiz.explanation(item);
  }

  /** The index now serving, for tests and tools. */
  Snapshot snapshot() {
    return current.get().snapshot;
  }

  /** The generated quiz items of the version now serving, before admins' edits; for tests. */
  List<QuizItem> generatedQuiz() {
    return current.get().quiz.generated();
  }

  /**
   * Whether the notices of the version now serving say this word anywhere (their text, headings and
   * parts, after the same normalisation as questions): 疗休养 for a notice about recuperation trips.
   */
  public boolean mentions(String word) {
    String w = Canonical.text(word);
    return !w.isEmpty() && current.get().snapshot.contains(w);
  }

  /** The parsed notices of the version now serving. */
  public List<Notice> notices() {
    return current.get().snapshot.notices;
  }

  private static List<Notice> parse(List<NoticeText> notices) {
    NoticeParser parser = new NoticeParser();
    List<Notice> out = new ArrayList<>();
    for (NoticeText t : notices) {
      out.add(parser.parse(t.id(), t.text(), t.title()));
    }
    return out;
  }
}
