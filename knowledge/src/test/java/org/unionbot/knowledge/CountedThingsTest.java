package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Things a sentence lists and then counts (设必答题、抢答题和风险题三个环节) are asked by position. */
class CountedThingsTest {

  private static final KnowledgeBase CONTEST =
      QaSet.knowledgeBaseOf(
          """
          关于举办2027年全市职工安全知识竞赛的通知

          各区总工会：

          为提高职工安全意识，市总工会决定举办全市职工安全知识竞赛。初赛采取线上答题方式进行。决赛方式：各区选派1支代表队参赛，在市职工文化宫现场比赛，设必答题、抢答题和风险题三个环节。

          江城市总工会
          2027年4月1日
          """);

  @Test
  void theNthOfThingsASentenceCountsIsTheNthItLists() {
    assertThat(CONTEST.answer("决赛第二个环节是什么").text()).contains("第二个是抢答题");
    assertThat(CONTEST.answer("决赛最后一个环节是什么").text()).contains("风险题").doesNotContain("第二个");
  }
}
