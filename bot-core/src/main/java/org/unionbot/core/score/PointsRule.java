package org.unionbot.core.score;

/**
 * The points rule, small and documented (docs/how-it-answers.md "Quiz and points"):
 *
 * <ul>
 *   <li>{@link #PER_CORRECT} points for each correct answer;
 *   <li>{@link #DAILY_ROUND_BONUS} for the first round a user finishes on a day;
 *   <li>{@link #STREAK_BONUS} more for that round when the user also finished a round on each of
 *       the previous {@link #STREAK_DAYS} − 1 days (a streak of {@link #STREAK_DAYS} days or more).
 * </ul>
 *
 * <p>Days are calendar days in the store's time zone. A round only earns a bonus when it is the
 * first one finished that day, so a second round the same day earns its answers' points and nothing
 * more. {@link #forAnswer} and {@link #roundBonus} are the whole rule; stores decide the two facts
 * it needs (first round of the day? on a streak?) from what they recorded.
 */
public final class PointsRule {

  public static final int PER_CORRECT = 1;
  public static final int DAILY_ROUND_BONUS = 2;
  public static final int STREAK_DAYS = 3;
  public static final int STREAK_BONUS = 3;

  private PointsRule() {}

  /** Points for one graded answer: {@link #PER_CORRECT} when right, 0 when wrong. */
  public static int forAnswer(boolean correct) {
    return correct ? PER_CORRECT : 0;
  }

  /**
   * The bonus for a finished round.
   *
   * @param firstOfDay no other round was finished by the user earlier that day
   * @param onStreak the user finished a round on each of the previous {@link #STREAK_DAYS} − 1 days
   * @return {@link #DAILY_ROUND_BONUS}, plus {@link #STREAK_BONUS} when on a streak, for the first
   *     round of a day; 0 for any later round that day
   */
  public static int roundBonus(boolean firstOfDay, boolean onStreak) {
    if (!firstOfDay) {
      return 0;
    }
    return onStreak ? DAILY_ROUND_BONUS + STREAK_BONUS : DAILY_ROUND_BONUS;
  }
}
