package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A notice written as questions and answers (问：…？ 答：…), as policy explainers are. */
class QuestionAndAnswerNoticeTest {

  private static final KnowledgeBase QA = QaSet.knowledgeBase("/eval/notice-l.txt");

  @Test
  void theAnswerIsTheNoticesAnswerNotItsQuestion() {
    Answer days = QA.answer("疗休养几天");
    assertThat(days.text()).contains("每期疗休养时间为5天").doesNotContain("问：", "一次几天？\n");
    assertThat(days.text()).contains("摘自「疗休养一次几天？」");

    Answer cost = QA.answer("费用谁承担");
    assertThat(cost.text()).contains("由市总工会承担", "个人不需要缴纳任何费用");
  }

  @Test
  void theWorkersQuestionFindsTheNoticesOwnQuestionBeforeASentenceThatRepeatsItsWords() {
    // 不宜参加疗休养 repeats 参加疗休养; the notice asks 哪些人可以参加职工疗休养？ and answers it
    assertThat(QA.answer("哪些人可以参加疗休养").text()).contains("工作满五年");
  }

  @Test
  void aYesOrNoQuestionGetsTheVerdictAtTheSentencesEnd() {
    assertThat(QA.answer("有高血压心脏病能去吗").text()).contains("心脑血管疾病", "不宜参加疗休养");
  }

  @Test
  void aRefusalOffersTheNoticesOwnQuestions() {
    Answer a = QA.answer("老家的亲戚能报名吗");

    assertThat(a.kind()).isEqualTo(Answer.Kind.FALLBACK);
    assertThat(a.suggestions()).isNotEmpty().allMatch(s -> s.endsWith("？") && !s.contains("关于“"));
  }

  @Test
  void theSummaryListsTheNoticesQuestionsWithoutDoubledMarks() {
    assertThat(QA.summary())
        .contains("主要内容：1. 哪些人可以参加职工疗休养？ 2. 疗休养一次几天？")
        .doesNotContain("？；", "？。");
    assertThat(QA.outline()).contains("5. 怎么报名？");
  }

  @Test
  void everydayQuestionsAboutFamilyStandInsConditionsAndTheJourney() {
    // 老婆孩子 → 家属, 一起 says nothing; 同事 → 他人; 有什么条件 of a thing is its answer, not 条件;
    // 算不算在内 is 算 and asks whether
    assertThat(QA.answer("老婆孩子能一起去吗").text()).contains("仅限职工本人参加");
    assertThat(QA.answer("能让同事替我去吗").text()).contains("由他人代替");
    assertThat(QA.answer("参加疗休养有什么条件").text()).contains("工作满五年");
    assertThat(QA.answer("路上的时间算不算在内").text()).contains("往返路途时间另计");
  }
}
