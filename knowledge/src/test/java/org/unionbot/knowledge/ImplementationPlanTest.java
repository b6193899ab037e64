package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An implementation plan (实施方案) numbered four levels deep (一、 → （一） → 1. → （1）): headings that run
 * into their text beside one that stands alone (（二）具体任务。), phases dated in their headings, and
 * rewards by rank.
 */
class ImplementationPlanTest {

  private static final String PLAN =
      """
      2027年全市职工劳动竞赛实施方案

      一、目标任务
      （一）总体目标。全年带动5万名以上职工参与岗位练兵。
      （二）具体任务。
      1.举办第三届职工技能大赛。
      2.新增高技能人才1000名以上。
      3.新建技能大师工作室6家。

      二、奖励办法
      1.个人奖励。
      （1）各工种决赛第一名，授予“江城工匠”称号，并奖励五千元；
      （2）各工种第二名、第三名，分别奖励3000元、2000元。
      2.集体奖励。对组织工作突出的单位授予“优秀组织奖”。

      三、实施步骤
      （一）动员部署阶段（3月1日—3月31日）。各单位召开动员会，广泛发动职工报名。
      （二）组织实施阶段（4月1日—9月30日）。
      1.初赛。5月至6月，由各单位自行组织。
      2.决赛。9月下旬集中举行。
      （三）总结表彰阶段（10月1日—11月30日）。竞赛结果公示5个工作日，11月中旬召开表彰大会。

      四、加班费标准
      1.工作日延长工作时间的，支付不低于工资的150%的工资报酬；
      2.休息日安排工作又不能安排补休的，支付不低于工资的200%的工资报酬。
      小王月工资6000元，按月计薪天数21.75天折算，日工资约为275.86元，小时工资约为34.48元。

      五、其他事项
      1.参赛不收报名费。
      2.选手可按兴趣自选两门培训课程。
      3.决赛地点设在市职工培训中心（人民路56号）。
      4.参赛选手年龄在18周岁至55周岁之间。

      江城市总工会
      2027年2月20日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("plan", Optional.empty(), PLAN)));

  @Test
  void aHeadingSentenceAloneOnItsLineHeadsItsItems() {
    assertThat(KB.answer("总体目标是什么").text()).contains("5万名以上");
    assertThat(KB.answer("第二项具体任务是什么").text()).contains("新增高技能人才");
  }

  @Test
  void bracketedNumbersSitBelowPlainOnes() {
    assertThat(KB.answer("个人奖励有哪些").text()).contains("第一名", "第二名");
    assertThat(KB.answer("奖励办法有哪几项").text()).contains("个人奖励", "集体奖励");
  }

  @Test
  void aPhaseIsAskedByItsPositionAndItsHeadingGivesItsDates() {
    assertThat(KB.answer("第一阶段是什么时候").text()).contains("3月1日—3月31日");
    assertThat(KB.answer("最后一个阶段是什么").text()).contains("总结表彰阶段");
    assertThat(KB.answer("总结表彰阶段什么时候").text()).contains("10月1日—11月30日");
  }

  @Test
  void aStageIsAskedOfThePartWhoseItemsAreStagesNotOfOneThatCountsSteps() {
    // beside the bundled notice, whose 四个步骤“学深悟透” counts steps
    KnowledgeBase both =
        KnowledgeBase.of(
            List.of(KnowledgeBase.bundledNotice(), new NoticeText("plan", Optional.empty(), PLAN)));
    assertThat(both.answer("第一阶段是什么时候").text()).contains("3月1日—3月31日");
  }

  @Test
  void aRankIsWhatTheRewardIsFor() {
    assertThat(KB.answer("第一名有什么奖励").text()).contains("江城工匠", "五千元");
    assertThat(KB.answer("第二名奖多少").text()).contains("3000元");
  }

  @Test
  void anItemsNumberIsNoAmountAndAFigureKeepsItsMeasure() {
    assertThat(KB.answer("亚军给多少").text()).contains("3000元");
    assertThat(KB.answer("报名费多少").text()).contains("不收报名费");
    assertThat(KB.answer("培训课程可以选几门").text()).contains("自选两门");
    assertThat(KB.answer("我56岁能参加吗").text()).doesNotContain("人民路56号");
  }

  @Test
  void anItemThatSetsAConditionKeepsWhatFollowsFromIt() {
    assertThat(KB.answer("加班费标准是什么").text()).contains("150%", "200%");
  }

  @Test
  void theFigureTheQuestionGivesIsNotTheOneItAsks() {
    assertThat(KB.answer("月工资6000元日工资多少").text()).contains("275.86元");
  }

  @Test
  void thePartsOfAThingTheNoticeNamesAreNotTheNoticesParts() {
    assertThat(KB.answer("比赛分哪几部分").text()).doesNotContain("共分五个部分");
    // the plan is named by what it is, whatever the worker calls it
    assertThat(KB.answer("通知分哪几个部分").text()).contains("方案共分五个部分");
  }

  @Test
  void anItemIsAskedByItsPlaceInAPartAskedByItsPlace() {
    assertThat(KB.answer("第三部分第二项是什么").text()).contains("组织实施阶段");
    assertThat(KB.answer("第五部分的最后一项是什么").text()).contains("参赛选手年龄");
    assertThat(KB.answer("第二部分第三项是什么").text()).contains("共有两项", "没有第三项");
  }
}
