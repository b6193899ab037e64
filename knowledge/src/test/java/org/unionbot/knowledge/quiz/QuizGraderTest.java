package org.unionbot.knowledge.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuizGraderTest {

  private static final QuizItem CHOICE =
      new QuizItem(
          "c1",
          QuizItem.Type.CHOICE,
          "“学深悟透”分为几个步骤？",
          List.of("三个步骤", "四个步骤", "五个步骤", "八个步骤"),
          "四个步骤",
          List.of(),
          "四个步骤“学深悟透”",
          "四个步骤“学深悟透”",
          "notice");

  private static final QuizItem BLANK =
      new QuizItem(
          "b1",
          QuizItem.Type.BLANK,
          "中国工会十八大报告从（____）系统总结了过去五年的工作。",
          List.of(),
          "8个方面",
          List.of("八个方面", "8", "八"),
          "中国工会十八大报告从8个方面系统总结了新时代我国工运事业的发展和过去五年的工作；",
          "三个方面理解把握工会十八大精神",
          "notice");

  @ParameterizedTest
  @ValueSource(
      strings = {"B", "b", "Ｂ", "ｂ", "B.", "b．", " B ", "B、", "选B", "四个步骤", "四個步驟", "4个步骤"})
  void aChoiceAcceptsTheLetterInAnyFormAndTheOptionText(String reply) {
    assertThat(QuizGrader.grade(CHOICE, reply)).contains(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "c", "Ｄ", "三个步骤", "不知道"})
  void aChoiceMarksOtherRepliesWrong(String reply) {
    assertThat(QuizGrader.grade(CHOICE, reply)).contains(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8个方面", "八个方面", "八個方面", "８个方面", "8", "８", "八", "8个", "是8个方面"})
  void aBlankAcceptsEquivalentForms(String reply) {
    assertThat(QuizGrader.grade(BLANK, reply)).contains(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9个方面", "5", "三个方面"})
  void aBlankMarksOtherAnswersWrong(String reply) {
    assertThat(QuizGrader.grade(BLANK, reply)).contains(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"学深悟透分为几个步骤？", "要推进什么服务站建设", "工会会费怎么交呢"})
  void aQuestionIsNotAnAttempt(String reply) {
    assertThat(QuizGrader.grade(CHOICE, reply)).isEmpty();
    assertThat(QuizGrader.grade(BLANK, reply)).isEmpty();
  }
}
