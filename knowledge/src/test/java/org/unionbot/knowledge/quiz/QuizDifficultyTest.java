package org.unionbot.knowledge.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizDifficultyTest {

  @Test
  void fewAnswersStayNearThePriorManyDecide() {
    assertThat(QuizDifficulty.of(0, 0)).isEqualTo(QuizDifficulty.MEDIUM);
    assertThat(QuizDifficulty.of(2, 0)).isEqualTo(QuizDifficulty.MEDIUM); // 7 / 12
    assertThat(QuizDifficulty.estimate(2, 0)).isEqualTo(7.0 / 12);
    assertThat(QuizDifficulty.of(8, 0)).isEqualTo(QuizDifficulty.HARD); // 7 / 18
    assertThat(QuizDifficulty.of(5, 5)).isEqualTo(QuizDifficulty.EASY); // 12 / 15
    assertThat(QuizDifficulty.of(40, 10)).isEqualTo(QuizDifficulty.HARD);
    assertThat(QuizDifficulty.of(40, 38)).isEqualTo(QuizDifficulty.EASY);
    assertThat(QuizDifficulty.of(40, 28)).isEqualTo(QuizDifficulty.MEDIUM);
    assertThatThrownBy(() -> QuizDifficulty.of(1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRoundTakesTheDifficultiesInTurnEasiestFirst() {
    Map<String, QuizDifficulty> d =
        Map.of(
            "e1", QuizDifficulty.EASY,
            "e2", QuizDifficulty.EASY,
            "e3", QuizDifficulty.EASY,
            "e4", QuizDifficulty.EASY,
            "m1", QuizDifficulty.MEDIUM,
            "h1", QuizDifficulty.HARD,
            "h2", QuizDifficulty.HARD);
    List<String> preferred = List.of("e1", "e2", "e3", "e4", "m1", "h1", "h2");

    assertThat(QuizDifficulty.mix(preferred, d::get, 5))
        .containsExactly("e1", "e2", "m1", "h1", "h2");
    assertThat(QuizDifficulty.mix(preferred, d::get, 3)).containsExactly("e1", "m1", "h1");
    assertThat(QuizDifficulty.mix(List.of("e1", "e2"), d::get, 5)).containsExactly("e1", "e2");
  }
}
