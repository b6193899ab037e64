package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A procedure guide pasted from a public-account post into Markdown: an image line (its alt text a
 * caption), the flow as one line of circled steps joined by arrows, and the sentence after it.
 */
class ProcedureGuideTest {

  private static final String GUIDE =
      """
      # 住院了工会能帮多少？一图读懂会员互助金申领流程→

      凡连续缴纳会费满3个月的在职会员，因病住院的，都可以申领会员互助金。

      ## 一、申领流程一图读懂

      ![申领流程图](https://mmbiz.qpic.cn/mmbiz_png/txgh0816/640)

      ①提出申请→②基层工会初审→③街道（镇）总工会审核→④区总工会复核→⑤张榜公示→⑥资金发放

      全程办结一般不超过30个工作日（不含公示期）。

      ## 二、每一步怎么办？

      ### 第①步　提出申请

      会员本人在出院之日起90日内，向所在基层工会提出书面申请。需准备以下材料：

      - 《潼溪区职工会员互助金申请表》1份（在“潼溪工会”公众号菜单栏“服务大厅”下载）；
      - 本人身份证和工会会员证（或电子会员卡截图）复印件；
      - 出院小结和住院费用结算单复印件；
      - 本人名下一类银行卡复印件。

      ## 三、能领多少钱？

      住院互助金每次500元。

      ## 四、办理咨询

      服务电话：0739-6623150（区总工会权益保障部）
      办公时间：周一至周五上午8:30—12:00，下午14:30—17:30（法定节假日除外）
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("guide", Optional.empty(), GUIDE)));

  @Test
  void theFlowLineIsItsStepsWithoutTheImageAboveIt() {
    assertThat(KB.answer("申领流程的第二步是什么").text()).contains("基层工会初审").doesNotContain("→");
    assertThat(KB.answer("申领流程是怎样的").text()).contains("提出申请").doesNotContain("https");
    assertThat(KB.answer("流程有几步").text()).contains("共六项", "资金发放").doesNotContain("→");
  }

  @Test
  void aListOfThingsToBringComesWithTheLineThatAnnouncesIt() {
    // four lines of no label under 需准备以下材料：, too long together with the form's aside
    assertThat(KB.answer("申请需要准备哪些材料").text()).contains("申请表", "一类银行卡");
    assertThat(KB.answer("申請要帶什麼材料").text()).contains("申请表", "一类银行卡");
  }

  @Test
  void theAfternoonsHoursComeWithTheMornings() {
    assertThat(KB.answer("办公时间是什么").text()).contains("上午8:30—12:00", "下午14:30—17:30");
  }

  @Test
  void theSentenceAfterTheFlowIsItsOwn() {
    assertThat(KB.answer("全程多久").text()).contains("不超过30个工作日").doesNotContain("资金发放");
  }

  @Test
  void theStepBesideANamedStepIsTheOneAfterOrBeforeIt() {
    // the flow's steps and the steps' headings (第①步　提出申请) say the same order
    assertThat(KB.answer("张榜公示之后是哪一步").text()).contains("资金发放").doesNotContain("只公示");
    assertThat(KB.answer("基层工会初审之前是哪一步").text()).contains("提出申请");
    assertThat(KB.answer("资金发放之后是哪一步").text()).contains("最后一项");
  }
}
