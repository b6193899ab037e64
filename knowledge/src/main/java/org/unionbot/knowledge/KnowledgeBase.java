package org.unionbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * The knowledge base: answers questions from the notices it holds.
 *
 * <p>Thread-safe. Every version is an immutable snapshot (notices, segmenter dictionary, Lucene
 * index); {@link #replace} builds the next one off to the side and swaps it in atomically, so a
 * query in flight finishes on the version it started with and never sees a mix.
 */
public final class KnowledgeBase {

  /** Id of the notice bundled in the jar. */
  public static final String BUNDLED_ID = "notice";

  private static final String BUNDLED = "notice.txt";

  /** Longer questions are cut: nobody types 500 characters into a chat, and it bounds the work. */
  private static final int MAX_QUESTION = 500;

  private final AtomicReference<Build> current;

  private KnowledgeBase(Build first) {
    this.current = new AtomicReference<>(first);
  }

  /**
   * A built version, ready to serve but not yet serving: what {@link #build} makes and {@link
   * #install} swaps in. Lets a caller commit a change to its store between the two, so the store
   * never records a version that could not be built and the bot never serves an uncommitted one.
   */
  public static final class Build {
    private final Content content;
    private final Snapshot snapshot;

    private Build(Content content, Snapshot snapshot) {
      this.content = content;
      this.snapshot = snapshot;
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

  /**
   * Builds a version from this content off to the side: parses the notices, builds the dictionary,
   * the index and (in the background) the quiz bank.
   *
   * @throws IllegalArgumentException if the content cannot make a knowledge base (a notice without
   *     a single sentence, say), with a message an admin can act on
   */
  public static Build build(Content content, long version) {
    return new Build(content, Snapshot.build(version, parse(content.documents())));
  }

  /** Serves this build from now on; queries in flight finish on the version they started with. */
  public void install(Build build) {
    current.set(Objects.requireNonNull(build, "build"));
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
    Snapshot kb = current.get().snapshot;
    String q = question.strip();
    if (q.length() > MAX_QUESTION) {
      q = q.substring(0, MAX_QUESTION);
    }
    return kb.answers.get(q, asked -> AnswerEngine.answer(kb, asked));
  }

  /** Replaces the notices with a new version, built before it is swapped in. */
  public long replace(List<NoticeText> notices) {
    Content content = Content.of(notices);
    synchronized (current) {
      Build next = build(content, version() + 1);
      current.set(next);
      return next.version();
    }
  }

  /** The outline of the notices now serving: sections and their counted items ("要点"). */
  public String outline() {
    return Outline.text(current.get().snapshot);
  }

  /**
   * Normalises text the way questions are: traditional → simplified, full-width → half-width, lower
   * case. For channels that match commands.
   */
  public static String normalize(String text) {
    return org.unionbot.knowledge.analysis.Segmenter.normalize(text);
  }

  /** The version now serving. */
  public long version() {
    return current.get().snapshot.version;
  }

  /**
   * The quiz items of the version now serving, generated from its notices and validated when the
   * version was built; immutable. Ids are stable: the same text gives the same items after a
   * rebuild.
   */
  public List<QuizItem> quizItems() {
    return current.get().snapshot.quiz();
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
