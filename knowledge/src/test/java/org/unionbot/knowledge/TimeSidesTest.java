package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question that places its time on one side of a deed (开营后, 开营前) is answered by what the notice
 * says of that side, and of two clauses that say the same words, by the one that says them as the
 * question does.
 */
class TimeSidesTest {

  private static final String CAMP =
      """
      关于举办2027年职工子女夏令营的通知

      一、报名与退出
      每个家庭限报一名孩子。开营前7天以前申请退出的，费用全额退还；开营前7天内申请退出的，退还一半费用；开营后退出的，费用不退，没用的餐费按每天20元退还。
      营员报到后还能换营地吗？开营前3天以前，可以申请调换一次；开营后不能调换。

      二、接送
      入营时间为8:00—8:30，离营时间为16:30—17:00，请家长按时接送。
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(CAMP);

  private static String said(String question) {
    return KB.answer(question).text().split("——摘自")[0];
  }

  @Test
  void aQuestionOfAfterIsAnsweredByWhatIsSaidOfAfter() {
    assertThat(said("开营后退出能退一半费用吗")).contains("费用不退");
    assertThat(said("开营后还能换营地吗")).contains("开营后不能调换");
    assertThat(said("开营前7天内退出退多少")).contains("退还一半费用");
  }

  @Test
  void ofTwoClausesTheOneThatSaysTheWordsAsAskedAnswers() {
    assertThat(said("离营时间是几点")).contains("16:30—17:00").doesNotContain("8:00");
  }

  @Test
  void aPeriodIsAnsweredByItsDaysNotByThoseLeftOutOfIt() {
    KnowledgeBase checks =
        QaSet.knowledgeBaseOf(
            "关于组织职工健康体检的通知\n\n一、体检时间\n2027年5月10日至6月18日，周六、周日及法定节假日除外。\n\n二、体检地点\n市第一人民医院体检中心。\n");
    assertThat(checks.answer("体检时间是什么时候").text()).contains("5月10日至6月18日");
    // asked of a day left out, the clause that leaves it out answers
    assertThat(checks.answer("周六能去体检吗").text()).contains("周六、周日及法定节假日除外");
  }
}
