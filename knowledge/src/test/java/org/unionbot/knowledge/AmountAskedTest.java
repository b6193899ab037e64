package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether an amount is allowed (每个单位能报20人吗, 票价800元的车票能领吗): notices give the bound, so the reply
 * gives it and says whether the amount is within it.
 */
class AmountAskedTest {

  private static final KnowledgeBase KB =
      QaSet.knowledgeBaseOf(
          """
          关于发放职工返乡爱心车票的通知

          一、发放对象
          在我市连续工作满6个月的外地职工。

          二、发放标准
          每人限领一张单程票，票面金额不超过600元。

          三、慰问补贴
          向在线骑手发放恶劣天气补贴，每单不低于2元。
          """);

  @Test
  void anAmountOverTheBoundIsSaidToBeOver() {
    assertThat(KB.answer("票价800元的车票能领吗").text()).contains("不在允许的范围内", "不超过600元");
    assertThat(KB.answer("恶劣天气补贴每单1元可以吗").text()).contains("不在允许的范围内", "不低于2元");
  }

  @Test
  void aCountOfThingsAfterTheirMeasureWordIsCountedInThem() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            关于举办街道职工篮球赛的通知

            一、比赛时间：6月19日上午9时。
            二、报名方式：以企业工会为单位组队报名，每家企业限报一个队，每队报名不超过12人。
            """);
    // 两个队 counts teams, not 个
    assertThat(kb.answer("每家企业能报两个队吗").text()).contains("不在允许的范围内", "限报一个队");
  }

  @Test
  void aPlaceIsNoAmount() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            关于举办职工技能竞赛的通知

            一、选拔办法：每个工种推荐不超过3名选手参加决赛。
            二、奖励办法：各工种第一名推荐申报五一劳动奖章。
            """);
    // 第二名 is a place in the results, not two people within the bound of 3名
    assertThat(kb.answer("第二名能推荐五一劳动奖章吗").text()).doesNotContain("允许的范围");
  }

  @Test
  void anAmountWithinTheBoundIsSaidToBeWithin() {
    assertThat(KB.answer("票价500元的车票能领吗").text()).contains("在允许的范围内", "不超过600元");
  }
}
