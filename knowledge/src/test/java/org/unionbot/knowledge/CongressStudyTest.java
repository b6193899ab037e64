package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A notice on studying a union congress's spirit: a theme and goals in its lead, items numbered
 * inline (一是…，二是…) after a clause that counts them, duties after who holds them, and a report of
 * what was done, with a photo caption.
 */
class CongressStudyTest {

  private static final String NOTICE =
      """
      关于认真学习贯彻市工会第八次代表大会精神的通知

      各区总工会，各产业工会：

      市工会第八次代表大会于2027年6月10日至12日召开。大会以“凝心聚力 再立新功”为主题，提出了今后五年的奋斗目标，即到2031年全市技能人才占职工总数的比例达到40%。现将有关事项通知如下：

      一、深刻认识重要意义
      各级工会要深刻领会大会的重大意义，做到两个“深刻理解”：一是深刻理解大会主题，二是深刻理解奋斗目标，切实把思想统一到大会精神上来。

      二、抓好贯彻落实
      （一）办好民生实事。坚持以职工为中心，重点办好三件实事：一是建设职工食堂，年内新建10家；二是开展免费体检，覆盖职工2万人；三是推进托管服务，新增托管点8个。
      （二）压实工作责任。各级工会主席是第一责任人，要带头学习、带头宣讲。
      （三）报送学习情况。请于7月10日前将学习情况报送市总工会办公室。

      三、开展学习活动
      市总工会在职工书屋开办读书班，每周四晚上学习一次，共办3期，每期30人。读书班共有90名职工报名，其中一线职工占了七成。市总工会还邀请劳模王强作专题讲座，以《奋斗成就梦想》为题讲述自己的成长经历。知识竞赛决赛经过必答、抢答两轮比拼，机务段代表队夺得一等奖。
      ▲决赛现场，机务段代表队以260分的总成绩夺冠。

      市总工会
      2027年6月15日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("study", Optional.empty(), NOTICE)));

  @Test
  void itemsNumberedInlineAreTheListTheClauseBeforeThemCounts() {
    assertThat(KB.answer("三件实事是什么").text())
        .startsWith("重点办好三件实事：")
        .contains("建设职工食堂", "开展免费体检", "推进托管服务");
    assertThat(KB.answer("第二件实事是什么").text()).contains("开展免费体检");
    // one sentence's 一是…，二是… after a quoted name it counts
    assertThat(KB.answer("两个深刻理解是哪两个").text()).contains("深刻理解大会主题", "深刻理解奋斗目标");
    assertThat(KB.answer("第二个深刻理解是什么").text()).contains("奋斗目标");
  }

  @Test
  void theNoticesPartsAreItsTopHeadings() {
    assertThat(KB.answer("通知分哪几个部分").text()).contains("共分三个部分", "深刻认识重要意义", "抓好贯彻落实", "开展学习活动");
    assertThat(KB.answer("第二部分讲的什么").text()).contains("抓好贯彻落实");
    assertThat(KB.answer("第四部分讲什么").text()).contains("没有第四部分");
  }

  @Test
  void aWordForAnyItemAsksTheItemsOfTheSectionTheQuestionNames() {
    assertThat(KB.answer("贯彻落实有哪几项措施").text()).contains("办好民生实事", "压实工作责任", "报送学习情况");
  }

  @Test
  void whatTheSentenceSaysBeforeTheCountIsNotAskedForTheList() {
    assertThat(KB.answer("要深刻领会什么").text()).doesNotContain("1.深刻理解");
  }

  @Test
  void aThemeIsTheNameGivenItAndAGoalWhatFollowsIts即() {
    assertThat(KB.answer("大会主题是什么").text()).contains("凝心聚力");
    assertThat(KB.answer("今后五年的目标是什么").text()).contains("40%");
  }

  @Test
  void whatSomeoneIsToDoFollowsWhoTheyAre() {
    assertThat(KB.answer("主席要做什么").text()).contains("带头宣讲");
  }

  @Test
  void aPlaceTheNoticeOnlyNamesIsNotLocated() {
    assertThat(KB.answer("市总工会办公室在哪里").answered()).isFalse();
    // but the place is where the report goes
    assertThat(KB.answer("学习情况交到哪里").text()).contains("市总工会办公室");
  }

  @Test
  void aCountLaterInTheSentenceIsOfWhatItOpensWith() {
    assertThat(KB.answer("读书班一期几个人").text()).contains("每期30人");
    // 其中 spells out who they are
    assertThat(KB.answer("哪些人报了读书班").text()).contains("一线职工");
  }

  @Test
  void aScoreIsCountedInPointsAndTheCaptionGivesIt() {
    assertThat(KB.answer("冠军多少分").text()).contains("260分");
    assertThat(KB.answer("决赛比了几轮").text()).contains("两轮");
  }

  @Test
  void theTitleOfATalkIsNotTheNoticesTitle() {
    assertThat(KB.answer("讲座题目是什么").text()).doesNotContain("关于认真学习贯彻");
    assertThat(KB.answer("标题是什么").text()).contains("关于认真学习贯彻市工会第八次代表大会精神的通知");
  }

  @Test
  void aSpanThatOnlyNamesTheThingAskedAboutIsNotSure() {
    // …邀请劳模王强作专题讲座 says there was a talk, not what it told
    Answer a = KB.answer("劳模讲座讲什么");
    assertThat(a.answered() && !a.lowConfidence()).isFalse();
  }
}
