package org.unionbot.knowledge.quiz;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.unionbot.knowledge.analysis.Segmenter;
import org.unionbot.knowledge.notice.Notice;

/**
 * The quiz bank of one knowledge-base version: the items generated from its notices (validated),
 * merged with the admins' items, edits and disabled ids. Generated on another thread so that
 * answering, and the server's start, need not wait for it; the accessors wait. Immutable.
 */
public final class QuizBank {

  private final CompletableFuture<List<QuizItem>> generated;
  private final CompletableFuture<List<QuizEntry>> entries;
  private final CompletableFuture<List<QuizItem>> served;
  private final List<Notice> notices;

  private QuizBank(
      Segmenter segmenter,
      List<Notice> notices,
      Set<String> people,
      List<QuizItem> curated,
      Set<String> disabled) {
    List<Notice> quizNotices = List.copyOf(notices);
    this.notices = quizNotices;
    Set<String> quizPeople = Set.copyOf(people);
    List<QuizItem> curatedItems = List.copyOf(curated);
    Set<String> disabledIds = Set.copyOf(disabled);
    this.generated =
        CompletableFuture.supplyAsync(() -> QuizGenerator.bank(segmenter, quizNotices, quizPeople));
    this.entries = generated.thenApply(g -> CuratedQuiz.merge(g, curatedItems, disabledIds));
    this.served =
        entries.thenApply(b -> b.stream().filter(QuizEntry::enabled).map(QuizEntry::item).toList());
  }

  /**
   * Starts generating the bank of these notices (with the people they name, for distractors), to be
   * merged with the admins' items (already checked by {@link CuratedQuiz#check}).
   */
  public static QuizBank start(
      Segmenter segmenter,
      List<Notice> notices,
      Set<String> people,
      List<QuizItem> curated,
      Set<String> disabled) {
    return new QuizBank(segmenter, notices, people, curated, disabled);
  }

  /** The generated items, once built. */
  public List<QuizItem> generated() {
    return generated.join();
  }

  /** Every item, generated and curated, with its origin and whether it is enabled. */
  public List<QuizEntry> entries() {
    return entries.join();
  }

  /**
   * What a grade shows after the right answer: the item's whole source sentence, or for an item
   * about a heading with listed items, the heading with its items ({@link QuizExplanations}).
   */
  public String explanation(QuizItem item) {
    return QuizExplanations.of(notices, item);
  }

  /** The items rounds draw: enabled, edits applied, curated ones included. */
  public List<QuizItem> served() {
    return served.join();
  }
}
