package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A training school's enrolment brochure: 【】 headings, a course table flattened into lines, rules
 * given as labelled lines that run on after a ；.
 */
class EnrolmentBrochureTest {

  private static final KnowledgeBase KB =
      QaSet.knowledgeBaseOf(
          """
          岚江市职工学校2027年春季技能培训招生简章

          【培训项目】
          课程名称｜课时｜学费｜开班时间
          育婴员（四级/中级工）｜64课时｜1500元｜3月14日
          叉车司机｜56课时｜1600元｜3月20日
          办公软件应用（Excel数据处理）｜40课时｜600元｜3月21日
          课程简介：
          ① 育婴员：讲授婴幼儿生活照料、保健护理和早期教育。
          ② 叉车司机：讲授叉车构造、安全操作规程和场地实操。

          【报名条件】
          育婴员班须具有高中及以上学历；叉车司机班须具有初中及以上文化程度。

          【报名时间】
          网上报名时间：2027年2月20日至3月8日
          现场报名时间：2027年2月22日至3月10日（工作日8:30—17:00）

          【收费标准】
          1. 学费已包含教材费和首次考核鉴定费。
          2. 退费规定：开班前申请退费的全额退还；开班后7日内申请的，退还学费的50%；开班超过7日的不予退费。
          3. 学校不收取现金。

          【补贴政策】
          1. 工会会员凭电子会员证，学费减免20%。
          2. 在市总工会建档的困难职工，凭困难职工证学费全免。

          【上课地点】
          云杉路218号综合楼3楼。
          乘车路线：乘坐公交15路至“云杉路”站下车，步行约200米；或乘坐地铁2号线至“青枫公园站”C出口，步行约600米。

          【咨询方式】
          教务处 周老师 0612-5873306
          """);

  @Test
  void aTableTypedAsLinesOfCellsSplitByBarsIsReadRowByRow() {
    // each row says its course with the cell asked, not another row's figure
    assertThat(KB.answer("育婴员班学费多少").text()).contains("育婴员", "1500元").doesNotContain("1600元");
    assertThat(KB.answer("叉车司机课多少课时").text()).contains("56课时").doesNotContain("64课时");
    // which row has a cell: the row's own label, however long its aside
    assertThat(KB.answer("3月21日开班的是什么课").text()).contains("办公软件应用");
    assertThat(KB.answer("学费1500元是哪个班").text()).contains("育婴员");
  }

  @Test
  void whatACourseTeachesIsItsDescriptionNotItsRow() {
    assertThat(KB.answer("叉车课讲什么").text()).contains("叉车构造").doesNotContain("56课时");
  }

  @Test
  void aLabelledRuleThatRunsOnAfterASemicolonIsGivenWhole() {
    // each case of the rule, not the first one alone
    assertThat(KB.answer("退费规定是什么").text()).contains("全额退还", "退还学费的50%", "不予退费");
    assertThat(KB.answer("退费规定").text()).contains("全额退还", "退还学费的50%", "不予退费");
  }

  @Test
  void howFarIsADistanceInMetresOrKilometres() {
    assertThat(KB.answer("公交下车走多远").text()).contains("步行约200米");
    assertThat(KB.answer("地铁站下车还要走多远").text()).contains("步行约600米");
  }

  @Test
  void whichOnesOfAKindIsTheClauseThatSaysWhichOnes() {
    assertThat(KB.answer("哪些困难职工可以免学费").text()).contains("在市总工会建档的困难职工");
  }

  @Test
  void twoLinesLabelledAsTwoCasesOfOneThingAnswerTogetherWhereTheQuestionNamesNeither() {
    assertThat(KB.answer("什么时候报名").text()).contains("2月20日至3月8日；", "2月22日至3月10日");
    assertThat(KB.answer("网上报名什么时候截止").text()).contains("3月8日").doesNotContain("3月10日");
  }
}
