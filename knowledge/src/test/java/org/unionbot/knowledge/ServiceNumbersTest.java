package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The short numbers a notice lists for services (110, 120, 12351, 95598) are telephone numbers as
 * much as a landline is, where the notice calls them so.
 */
class ServiceNumbersTest {

  private static final String REMINDER =
      """
      # 防台防汛安全提醒

      ## 一、紧急求助

      | 求助事项 | 电话 | 说明 |
      | --- | --- | --- |
      | 报警求助 | 110 | 被困、被盗、交通事故 |
      | 医疗急救 | 120 | 受伤、触电、溺水 |
      | 区防汛防旱指挥部办公室 | 0767-2253110 | 险情报告，24小时值班 |
      | 区总工会职工服务热线 | 12351 | 维权咨询、困难帮扶 |
      | 电力抢修 | 95598 | 电线断落、停电 |

      ## 二、困难帮扶

      7月至8月开展“送清凉”活动，深入工地、车间慰问高温作业职工。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("reminder", Optional.empty(), REMINDER)));

  private static String said(String question) {
    return KB.answer(question).text().split("——摘自")[0];
  }

  @Test
  void aServicesShortNumberAnswersTheQuestionOfItsNumber() {
    // not 0767-2253110, the one long number, though it ends in 110
    assertThat(said("报警电话是多少")).contains("110").doesNotContain("0767-2253110");
    assertThat(said("电力抢修电话是多少")).contains("95598");
    assertThat(said("有人溺水打哪个电话")).contains("120");
  }

  @Test
  void whomAVisitCallsOnIsNoQuestionOfWhomToAsk() {
    // 慰问谁 is who is visited, not 问谁 of whom to ask
    assertThat(said("“送清凉”活动慰问谁")).contains("高温作业职工");
  }

  @Test
  void aNoticesOneNumberIsNoSureAnswerToAQuestionItSaysNothingOf() throws Exception {
    String text;
    try (var in = ServiceNumbersTest.class.getResourceAsStream("/eval/notice-ai.txt")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    KnowledgeBase plan = KnowledgeBase.of(List.of(new NoticeText("plan", Optional.empty(), text)));
    // its one number is a hotline (12351职工服务热线实行工作日全天有人值守): a guess, not a sure answer to
    // whom to claim a reward from
    assertThat(plan.answer("考了证找谁领钱").confidence()).isLessThan(Answer.LOW_CONFIDENCE);
  }
}
