package org.unionbot.core.score;

/**
 * The points rule, small and documented (README "Quiz and points"):
 *
 * <ul>
 *   <li>{@link #PER_CORRECT} points for each correct answer;
 *   <li>{@link #DAILY_ROUND_BONUS} for the first round a user finishes on a day;
 *   <li>{@link #STREAK_BONUS} more for that round when the user also finished a round on each of
 *       the previous {@link #STREAK_DAYS} − 1 days (a streak of {@link #STREAK_DAYS} days or more).
 * </ul>
 */
public final class PointsRule {

  public static final int PER_CORRECT = 1;
  public static final int DAILY_ROUND_BONUS = 2;
  public static final int STREAK_DAYS = 3;
  public static final int STREAK_BONUS = 3;

  private PointsRule() {}
}
