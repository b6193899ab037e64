package org.unionbot.core.admin;

import java.time.LocalDate;
import java.util.List;

/**
 * What workers asked and how the quiz went, over the last {@code days} days (today included, in the
 * bot's time zone).
 *
 * @param days the window
 * @param perDay every day of the window, oldest first, days without questions included
 * @param questions questions asked in the window
 * @param answered of them, answered from the knowledge base
 * @param top the most asked questions in the window, most first (at most {@link #TOP})
 * @param quizRounds quiz rounds finished in the window
 * @param quizAnswers quiz answers graded in the window
 * @param quizCorrect of them, right
 * @param droppedQuestions questions not logged since the start because the log's queue was full
 * @param topUnanswered the questions most often left unanswered in the window, most first (at most
 *     {@link #TOP}); {@link TopQuestion#answered} is how often they were answered after all
 * @param quizPlayers distinct workers who finished a quiz round in the window
 */
public record Stats(
    int days,
    List<Day> perDay,
    long questions,
    long answered,
    List<TopQuestion> top,
    long quizRounds,
    long quizAnswers,
    long quizCorrect,
    long droppedQuestions,
    List<TopQuestion> topUnanswered,
    long quizPlayers) {

  /** How many top questions a {@link Stats} lists. */
  public static final int TOP = 10;

  public Stats {
    perDay = List.copyOf(perDay);
    top = List.copyOf(top);
    topUnanswered = List.copyOf(topUnanswered);
  }

  /** The share of questions answered, 0 when none were asked. */
  public double answeredShare() {
    return questions == 0 ? 0 : (double) answered / questions;
  }

  /** The share of quiz answers that were right, 0 when none were graded. */
  public double quizAccuracy() {
    return quizAnswers == 0 ? 0 : (double) quizCorrect / quizAnswers;
  }

  /** Questions on one day. */
  public record Day(LocalDate day, long total, long answered) {}

  /**
   * A question and how often it was asked.
   *
   * @param text the first wording seen
   * @param count times asked in the window
   * @param answered of them, answered
   */
  public record TopQuestion(String text, long count, long answered) {}
}
