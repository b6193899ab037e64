package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A schedule pasted straight from a spreadsheet: its cells split by one tab each, so two tabs are
 * an empty cell; a cell with a line break in it quoted over two lines; a quarter written only on
 * the first of its rows; a row of totals; the notes under it. Each row answers as the table's own
 * sentence, by the column asked.
 */
class PastedSheetTest {

  // cells split by tabs (\t) as a spreadsheet copies them; two tabs in a row are an empty cell
  private static final String SHEET =
      """
      2027年上半年职工培训课程安排表
      为提升职工技能，公司工会制定了上半年培训课程安排，现印发如下。
      序号\t季度\t课程名称\t日期\t时间\t地点\t名额\t授课人\t备注
      1\t一季度\t安全生产法规解读\t2027/2/24\t下午2:00\t公司三楼报告厅\t80\t韦建平\t每周三上课，共4次
      2\t\t“匠心”数控技能提升班\t2027/3/10\t"上午8:30
      下午1:30"\t实训中心二车间\t不限\t吴海峰\t自带劳保鞋
      3\t二季度\t职工心理健康讲座\t46492\t下午3:00\t公司三楼报告厅\t60\t\t
      4\t\t急救知识培训\t2027/5/20\t上午9:00\t职工之家活动室\t40人\t冯丽娟\t"限班组长报名
      结业发证书"
      合计\t\t共4门\t\t\t\t180\t\t不含不限名额的课程

      说明：
      1.各班组于开课前5天将报名名单报公司工会。
      2.请假须提前1天告知授课人。
      3.表中授课人为空的，同上一行。

      宏远机械有限公司工会
      2027年2月1日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("sheet", Optional.empty(), SHEET)));

  private static final String TOTALLED =
      """
      2027年春季职工活动安排表
      序号\t活动名称\t日期\t地点\t名额\t联系人\t联系电话\t备注
      1\t职工拔河比赛\t2027/3/27\t街道文体中心篮球场\t12队\t方晓东\t0571-8860231\t每队10人，须有2名女队员
      2\t三八节插花沙龙\t2027/3/8\t街道职工之家\t30\t柳青\t0571-8860235\t限女职工
      3\t职工羽毛球赛\t2027/5/15\t城西体育馆\t64\t方晓东\t0571-8860231\t需自备球拍
      合计\t共3项\t\t\t94\t\t\t不含按队计的名额
      """;

  @Test
  void aRowAnswersWithTheCellOfTheColumnAsked() {
    assertThat(KB.answer("急救知识培训在哪里").text()).contains("职工之家活动室");
    assertThat(KB.answer("心理健康讲座名额多少").text()).contains("60").doesNotContain("报告厅");
    // the column named, though its cell has no figure
    assertThat(KB.answer("数控技能提升班名额多少").text()).contains("不限");
    assertThat(KB.answer("急救知识培训谁授课").text()).contains("冯丽娟");
    // the cell of 时间, not the remark that says when classes are held
    assertThat(KB.answer("安全生产法规解读上课时间").text()).contains("下午2:00");
  }

  @Test
  void aTotalRowSaysTheColumnItCounts() {
    // 合计 | 共3项 under 活动名称: how many activities there are, though the row names no activity;
    // beside the bundled notice, which counts other things
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(),
                new NoticeText("totals", Optional.empty(), TOTALLED)));
    assertThat(kb.answer("一共几项活动").text()).contains("共3项");
  }

  @Test
  void aQuotedCellIsOneCellOverItsLines() {
    assertThat(KB.answer("数控技能提升班几点上课").text()).contains("上午8:30", "下午1:30");
    assertThat(KB.answer("急救知识培训有什么要求").text()).contains("限班组长报名");
  }

  @Test
  void aCellLeftEmptyUnderItsGroupIsTheGroupAbove() {
    assertThat(KB.answer("急救知识培训是哪个季度").text()).contains("二季度");
    assertThat(KB.answer("数控技能提升班是哪个季度").text()).contains("一季度");
  }

  @Test
  void anEmptyCellTheNoticeSaysIsAsAboveIsTheCellAbove() {
    assertThat(KB.answer("心理健康讲座谁授课").text()).contains("吴海峰");
    // no rule for the remarks: an empty one says nothing
    assertThat(KB.answer("心理健康讲座有什么要求").text()).doesNotContain("自带劳保鞋");
  }

  @Test
  void aDateTheSheetShowsOrLeftAsItsSerialNumberAnswersWhichDay() {
    assertThat(KB.answer("急救知识培训是哪天").text()).contains("2027/5/20");
    assertThat(KB.answer("心理健康讲座是哪天").text()).contains("2027/4/15");
  }

  @Test
  void aMonthAskedIsEveryRowDatedInIt() {
    assertThat(KB.answer("5月有什么课程").text()).contains("急救知识培训").doesNotContain("心理健康");
    assertThat(KB.answer("二月份有哪些培训").text()).contains("安全生产法规解读").doesNotContain("数控");
  }

  @Test
  void theTotalsRowIsNoCourseAndTheNotesAreTheirOwnPart() {
    assertThat(KB.answer("一共几门课程").text()).contains("共4门");
    assertThat(KB.answer("说明第二条是什么").text()).contains("请假须提前1天告知授课人");
  }

  @Test
  void theHeaderRowIsWhatTheColumnsAre() {
    assertThat(KB.answer("课程安排表有哪几列").text()).contains("序号、季度、课程名称、日期、时间、地点、名额、授课人、备注");
    assertThat(KB.answer("表格第三列是什么").text()).contains("第三列是：课程名称");
    assertThat(KB.answer("最后一列是什么").text()).contains("备注");
  }
}
