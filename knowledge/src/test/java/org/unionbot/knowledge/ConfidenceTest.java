package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which answers are low-confidence, for the admins' list of unanswered questions. */
class ConfidenceTest {

  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @Test
  void anExactOutlineAnswerIsConfident() {
    Answer a = KB.answer("学深悟透分为几个步骤");

    assertThat(a.confidence()).isEqualTo(1.0);
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void anOutlineSectionWithAnotherCountIsLowConfidence() {
    Answer a = KB.answer("通知要求学习哪两方面的精神");

    assertThat(a.answered()).isTrue();
    assertThat(a.lowConfidence()).isTrue();
  }

  @Test
  void aPartCountingTheAskedUnitAnswersUnsureWhenASentenceSaysMoreOfTheQuestion() {
    // no sentence counts steps; 「四个步骤“学深悟透”」 does, though 学习 is in other sentences, not its heading
    Answer a = KB.answer("学习一共分几个步骤");

    assertThat(a.answered()).isTrue();
    assertThat(a.text()).contains("四个步骤", "1.抓好传达学习");
    assertThat(a.lowConfidence()).isTrue();
  }

  @Test
  void anAnswerMissingPartOfTheQuestionIsLowConfidence() {
    Answer a = KB.answer("章程这次改了啥");

    assertThat(a.answered()).isTrue();
    assertThat(a.confidence()).isBetween(0.0, Answer.LOW_CONFIDENCE);
    assertThat(a.lowConfidence()).isTrue();
  }

  @Test
  void theSentenceNearestInMeaningAnswersUnsureWhereTheQuestionNamesNothingTheNoticeLacks() {
    // 线上, 课程: the notice's words in other forms; its nearest sentence is a picture's caption
    Answer online = KB.answer("有没有线上的课程");
    assertThat(online.text()).contains("网上授课");
    assertThat(online.lowConfidence()).isTrue();
    // a thing the notice does not name (小吃) keeps its nearest sentence from answering
    assertThat(KB.answer("盐城有什么特色小吃").answered()).isFalse();
  }

  @Test
  void mostRightAnswersOfTheExtendedSetAreConfident() {
    int right = 0;
    int low = 0;
    for (QaSet.Row r : QaSet.load("/eval/qa-extended.tsv").rows()) {
      Answer a = KB.answer(r.question());
      if (!r.refusal() && r.passes(a)) {
        right++;
        low += a.lowConfidence() ? 1 : 0;
      }
    }

    assertThat(low).isLessThanOrEqualTo(right / 10);
  }

  @Test
  void anAnswerFoundBySingleCharactersAloneIsLowConfidence() {
    String visits =
        "一、慰问安排\n\n7月1日上午，慰问组前往城西公交首末站。\n\n7月2日上午，慰问组前往高铁南广场建设工地。\n\n"
            + "二、联系方式\n\n联系人：区总工会办公室 王敏，电话：0523-86120001。";
    KnowledgeBase kb =
        KnowledgeBase.of(List.of(new NoticeText("n", java.util.Optional.empty(), visits)));

    Answer a = kb.answer("要去什么站"); // 站 is found only inside 首末站

    assertThat(a.answered()).as(a.text()).isTrue();
    assertThat(a.lowConfidence()).as(a.text()).isTrue();
    // 第二站 asks for a place in the schedule, which is not single-character evidence
    Answer second = kb.answer("第二站去哪");
    // in the question's own measure (第二站), not 场
    assertThat(second.text()).startsWith("第二站是：7月2日上午").contains("高铁南广场建设工地");
    assertThat(second.lowConfidence()).isFalse();
  }

  @Test
  void aSentenceThatHoldsNoneOfTheQuestionsWordsIsNotASureAnswer() {
    KnowledgeBase rules = QaSet.knowledgeBase("/eval/notice-h.txt");

    // 实行 is in the sentence before (资金实行专户管理), not in 每年…进行审查, which a date-shaped
    // word (每年) made the best "when" sentence; the rule takes effect 自2027年1月1日起施行
    Answer a = rules.answer("什么时候实行");

    assertThat(a.text())
        .satisfiesAnyOf(
            text -> assertThat(text).contains("2027年1月1日"),
            text -> assertThat(a.lowConfidence()).isTrue());
  }

  @Test
  void aFallbackIsNotAnAnswerAndHasNoConfidence() {
    Answer a = KB.answer("今天天气怎么样");

    assertThat(a.confidence()).isZero();
    assertThat(a.lowConfidence()).isFalse();
  }

  private static final String BLOOD_DRIVE =
      "职工朋友们：\n\n江北区总工会定于7月8日至7月12日开展职工无偿献血活动。\n\n"
          + "有意参加的职工请于7月5日前通过“江北职工之家”微信小程序登记姓名和单位。\n\n"
          + "联系人：区总工会组宣部 陈晓燕，电话：0523-86120457。";

  @Test
  void aNoticesOnlyContactLineIsASureAnswerToAContactQuestion() {
    KnowledgeBase kb =
        KnowledgeBase.of(List.of(new NoticeText("n", java.util.Optional.empty(), BLOOD_DRIVE)));

    Answer a = kb.answer("联系电话是多少？");

    assertThat(a.text()).contains("0523-86120457", "陈晓燕");
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void onOnesPhoneIsNotAskingForAPhoneNumber() {
    KnowledgeBase kb =
        KnowledgeBase.of(List.of(new NoticeText("n", java.util.Optional.empty(), BLOOD_DRIVE)));

    Answer a = kb.answer("在手机上哪里报名");

    assertThat(a.text()).doesNotContain("0523-86120457");
  }

  @Test
  void theOlderConstructorsStillWork() {
    Answer answer = new Answer(Answer.Kind.ANSWER, "x", List.of(), List.of());
    Answer fallback = new Answer(Answer.Kind.FALLBACK, "y", List.of(), List.of(), "");

    assertThat(answer.confidence()).isEqualTo(1.0);
    assertThat(fallback.confidence()).isZero();
  }
}
