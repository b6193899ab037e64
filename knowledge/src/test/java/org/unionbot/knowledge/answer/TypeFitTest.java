package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.QaSet;

/** Which sentence has the shape of the answer a question asks for. */
class TypeFitTest {

  private static final String NOTICE =
      """
      关于开展职工岗位练兵活动的通知

      一、活动意义
      这次动员会深刻回答了职工为什么要参加岗位练兵这一问题，为活动开展提供了思想保证。
      参加岗位练兵能提升职工技能水平，帮助职工在岗位上站稳脚跟。

      二、活动安排
      岗位练兵活动从6月1日开始，到9月30日结束，各车间分批组织。
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(NOTICE);

  @Test
  void aSentenceThatSaysWhyWasAnsweredIsNotTheReason() {
    Answer a = KB.answer("职工为什么要参加岗位练兵");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("提升职工技能水平").doesNotContain("回答了");
  }

  @Test
  void aClaimOfWhatAThingIsWorthSaysWhyItIsDoneAndWhatFillsThatPart() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于加强班组安全工作的通知\n\n两个方面深入领会安全工作要求\n\n"
                + "深刻领会坚持安全第一、预防为主是全体班组成员开展工作的首要原则。坚持安全第一，为班组完成生产任务提供了有力支撑。\n\n"
                + "深刻领会加强班组长培训是提升班组能力的重要途径。这一要求回答了提升班组能力靠什么途径这一问题。\n");

    // the claim (…是…首要原则) says why; the sentence after it only what it provided
    // …是X names what fills the part X
    assertThat(kb.answer("班组能力提升的途径到底是啥").text()).startsWith("深刻领会加强班组长培训");
    assertThat(kb.answer("为什么要坚持安全第一").text()).startsWith("深刻领会坚持安全第一").doesNotContain("有力支撑");
  }

  @Test
  void howManyWithoutItsNounIsAnyCount() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于评选最美职工的通知\n\n一、评选名额\n全市共评选最美职工20名，提名奖30名。\n\n二、表彰奖励\n提名奖每人奖励3000元。\n");

    assertThat(kb.answer("提名奖有几个").text()).contains("提名奖30名").doesNotContain("3000元");
  }

  @Test
  void aLumpSumIsNoCountOfTimes() {
    // 一次性给付 pays at once; 一生限给付一次 says how many times
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "职工互助保障办法\n\n第一条 会员确诊重大疾病的，一次性给付一万元。同一会员一生限给付一次。\n\n" + "第二条 会员因病住院的，按自付费用的百分之五十给付。\n");

    assertThat(kb.answer("重大疾病能给付几次").text()).contains("一生限给付一次");
  }

  @Test
  void workingDaysAreDays() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf("关于评选最美职工的通知\n\n一、评选程序\n拟表彰人选在区工会网站公示，公示期为5个工作日。投票时间为6月1日至6月7日。\n");

    assertThat(kb.answer("人选公示几天").text()).contains("5个工作日");
  }

  @Test
  void howManyOfAThingIsCountedInWhateverMeasureTheNoticeUses() {
    KnowledgeBase kb = QaSet.knowledgeBaseOf("关于职工心理关爱的报道\n\n今年以来，区总工会已在8家规模以上企业建成“职工心理咨询室”。\n");

    assertThat(kb.answer("建了多少个心理咨询室").text()).contains("8家");
  }

  @Test
  void piecesAreCountedInWhatTheNoticeCountsWritingIn() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "禾川县总工会2027年工作总结\n\n一、宣传工作\n11月14日上午，县总工会干部职工参加网上授课学习。"
                + "“禾川工会”微信公众号全年发布信息412条，关注人数达到2.86万人。\n");

    assertThat(kb.answer("公众号发了多少篇").text()).contains("412条");
  }

  @Test
  void whetherSomeoneIsThereAsksTheHours() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于征求意见的公示\n\n一、公示时间\n公示期为2027年3月22日至3月26日。\n\n二、来访\n"
                + "到市总工会办公楼5楼512室当面反映，接待时间为工作日上午8:30—12:00、下午14:30—17:30。\n");

    assertThat(kb.answer("中午去有人吗").text()).contains("8:30—12:00");
    assertThat(kb.answer("礼拜六有人吗").text()).contains("工作日");
  }

  @Test
  void aPickupScheduleByWorkshopAndItsContactsByExtension() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于发放端午节慰问品的通知\n\n一、领取时间和地点\n"
                + "一车间、二车间：6月2日11:00—13:30，一号食堂门口；\n"
                + "三车间、物流中心：6月2日16:30—19:00，二号食堂门口。\n\n二、各领取点联系人\n"
                + "一号食堂门口：马建军，分机8511；\n二号食堂门口：林芳，分机8526。\n");

    // 三车间 is the notice's name, not three of 车间; 食堂门口 is a place; 分机8511 is a number to call
    assertThat(kb.answer("三车间在哪领").text()).contains("二号食堂门口").doesNotContain("一车间");
    assertThat(kb.answer("一号食堂门口的联系人是谁").text()).contains("马建军", "8511");
    // a schedule line names who comes, then when: the last batch, in the question's measure
    assertThat(kb.answer("最后一批是哪个部门").text()).contains("第二批是", "三车间、物流中心");
  }

  @Test
  void whatALabelIsIsTheLineItLabels() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于发放端午节慰问品的通知\n\n一、发放标准\n每人标准200元，以下两种选一种：\n"
                + "A款：端午礼盒一份，内有鲜肉粽6只；\nB款：超市购物卡一张，面值200元。\n"
                + "过期没选的一律按A款发放。\n");

    assertThat(kb.answer("A款是什么").text()).contains("端午礼盒");
  }

  @Test
  void aLengthOfTimeIsNoDay() {
    KnowledgeBase kb = QaSet.knowledgeBaseOf("节能倡议书\n\n6月14日晚8:30至9:30，请各单位和职工家庭同步熄灯一小时。\n");

    assertThat(kb.answer("熄灯一小时是哪天").text()).contains("6月14日");
  }

  @Test
  void theDayOfADateIsNoNumberOfDays() {
    // 3月26日 ends in 日 but counts no days: the clause that does is 共5个工作日
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf("关于拟推荐对象的公示\n\n一、公示时间\n公示期为2027年3月22日至3月26日，共5个工作日。\n");

    assertThat(kb.answer("公示几天").text()).contains("5个工作日");
  }

  @Test
  void whoTheyAreIsWhomTheGroupIsMadeUpOf() {
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");

    assertThat(schedule.answer("服务小组里都是些什么人").text())
        .contains("由区总工会职工法律服务团的律师和区劳动人事争议仲裁院的仲裁员组成服务小组");
  }
}
