package org.unionbot.core.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of what workers do the database keeps, so that a public server's database stays bounded
 * whatever is sent to it. The admin service applies it ({@code Admin.open}): at open and then once
 * a day it deletes the question statistics older than {@link #statsDays}, and every few minutes the
 * open quiz rounds older than {@link #openRounds}; the question log never stores more than {@link
 * #questionsPerDay} distinct questions a day nor more than {@link #unansweredMax} unanswered ones.
 * Scores (answers, rounds, totals) are kept for good: they are what workers earned.
 *
 * @param statsDays days of question statistics kept, today included: the per-day counts ({@code
 *     stats_days}) and per-question counts ({@code stats_questions}) of older days, and unanswered
 *     questions ({@code stats_unanswered}) last asked before the first kept day, are deleted; at
 *     least 1
 * @param questionsPerDay distinct questions (by their grouping key) listed per day: beyond it, a
 *     question not yet listed that day is still counted in the day's totals, but neither listed for
 *     the day nor added to the unanswered list; repeats of listed questions go on counting. At
 *     least 0 (0: count questions, list none)
 * @param unansweredMax questions kept on the unanswered list: when a new one would make more, the
 *     least asked, longest unasked ones make room, so the list keeps what workers ask most. At
 *     least 0
 * @param openRounds how long a started quiz round is kept as open ({@code quiz_rounds_open}) when
 *     nothing ends it: longer than a dialogue session lives, so that a worker who answers an
 *     abandoned round later that day is told it expired rather than having the answer taken for a
 *     question
 */
public record Retention(
    int statsDays, int questionsPerDay, int unansweredMax, Duration openRounds) {

  /** Days of question statistics kept by default: about half a year. */
  public static final int STATS_DAYS = 180;

  /**
   * Distinct questions listed per day by default: about five times what 1,000 workers asking 10
   * questions a day, 4 of them in words nobody else uses, need. Measured ({@code StoreGrowthMain
   * flood}), a full day of the longest stored questions takes about 14 MB of the SQLite file, so
   * {@link #STATS_DAYS} such days at most 2.6 GB; an ordinary day of 1,000 such workers, about 1.2
   * MB of statistics.
   */
  public static final int QUESTIONS_PER_DAY = 20_000;

  /** Questions kept on the unanswered list by default: far more than admins read. */
  public static final int UNANSWERED_MAX = 10_000;

  /** How long an open quiz round is kept by default: a day. */
  public static final Duration OPEN_ROUNDS = Duration.ofDays(1);

  /** What is kept by default. */
  public static final Retention DEFAULTS =
      new Retention(STATS_DAYS, QUESTIONS_PER_DAY, UNANSWERED_MAX, OPEN_ROUNDS);

  public Retention {
    Objects.requireNonNull(openRounds, "openRounds");
    if (statsDays < 1) {
      throw new IllegalArgumentException("statsDays must be at least 1, not " + statsDays);
    }
    if (questionsPerDay < 0) {
      throw new IllegalArgumentException(
          "questionsPerDay must not be negative: " + questionsPerDay);
    }
    if (unansweredMax < 0) {
      throw new IllegalArgumentException("unansweredMax must not be negative: " + unansweredMax);
    }
    if (openRounds.isNegative() || openRounds.isZero()) {
      throw new IllegalArgumentException("openRounds must be positive, not " + openRounds);
    }
  }

  public Retention withStatsDays(int days) {
    return new Retention(days, questionsPerDay, unansweredMax, openRounds);
  }

  public Retention withQuestionsPerDay(int questions) {
    return new Retention(statsDays, questions, unansweredMax, openRounds);
  }

  public Retention withUnansweredMax(int questions) {
    return new Retention(statsDays, questionsPerDay, questions, openRounds);
  }

  public Retention withOpenRounds(Duration lifetime) {
    return new Retention(statsDays, questionsPerDay, unansweredMax, lifetime);
  }
}
