package org.unionbot.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointsRuleTest {

  @Test
  void aCorrectAnswerEarnsPerCorrectAndAWrongOneNothing() {
    assertThat(PointsRule.forAnswer(true)).isEqualTo(PointsRule.PER_CORRECT).isEqualTo(1);
    assertThat(PointsRule.forAnswer(false)).isZero();
  }

  @Test
  void theFirstRoundOfADayEarnsTheDailyBonusAndTheStreakBonusOnAStreak() {
    assertThat(PointsRule.roundBonus(true, false)).isEqualTo(PointsRule.DAILY_ROUND_BONUS);
    assertThat(PointsRule.roundBonus(true, true))
        .isEqualTo(PointsRule.DAILY_ROUND_BONUS + PointsRule.STREAK_BONUS)
        .isEqualTo(5);
  }

  @Test
  void aLaterRoundTheSameDayEarnsNoBonusEvenOnAStreak() {
    assertThat(PointsRule.roundBonus(false, false)).isZero();
    assertThat(PointsRule.roundBonus(false, true)).isZero();
  }
}
