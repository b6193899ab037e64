package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Minutes of a series of meetings as a union's office prints them: the series' masthead and the
 * issue's number over the minutes' own title, a header of labels spaced out to line up (时　　间：, 主 持
 * 人：), topics numbered 一、… that the lead counts as 议题, and a table of who does what by when
 * appended under 附：.
 */
class OfficeMeetingMinutesTest {

  private static final String MINUTES =
      """
      苇川市临湖区总工会
      主席办公会议纪要
      〔2027〕第3期

      关于研究职工疗休养等事项的会议纪要

      时　　间：2027年3月9日（星期二）下午2:30
      地　　点：区总工会三楼第二会议室
      主 持 人：江如海（区总工会主席）
      出　　席：魏书宁（常务副主席）　杭一鸣（副主席）
      列　　席：陆云舒（办公室主任）、沈明川（财务部部长）
      记　　录：许晴（办公室）

      2027年3月9日，区总工会主席江如海主持召开2027年第3次主席办公会议，研究了职工疗休养、困难职工帮扶和工会换届等3个议题。现将议定事项纪要如下：

      一、关于2027年职工疗休养工作
      会议听取了办公室主任陆云舒的汇报。今年安排一线职工疗休养共4批320人，每批5天。会议同意该方案，人均标准不超过2800元。

      二、关于困难职工帮扶资金使用
      会议听取了财务部部长沈明川的汇报。会议同意安排帮扶资金60万元，于4月30日前发放到户。

      三、关于基层工会换届工作
      会议要求：今年应换届的基层工会共42家，由副主席杭一鸣带队督导，9月30日前全部完成。

      会议强调：
      一是各部门要按分工抓好落实，每月底前将进展报办公室；
      二是帮扶资金要专款专用，接受经审会监督。

      附：会议议定事项任务分工表
      序号	任务	责任部门	完成时限
      1	疗休养报名组织	办公室	4月15日前
      2	帮扶资金发放	财务部	4月30日前
      3	基层工会换届	组织部	9月30日前

      抄送：市总工会办公室
      苇川市临湖区总工会办公室　　　　2027年3月11日印发
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(MINUTES);

  @Test
  void theMinutesOwnTitleIsTheTitleAndTheMastheadAFact() {
    assertThat(KB.answer("纪要的标题是什么").text()).contains("关于研究职工疗休养等事项的会议纪要");
    assertThat(KB.answer("这是哪个工会的纪要").text()).contains("苇川市临湖区总工会");
  }

  @Test
  void aLabelSpacedOutToLineUpIsALabelLikeAnyOther() {
    assertThat(KB.answer("主持人是谁").text()).contains("江如海");
    assertThat(KB.answer("会议地点在哪").text()).contains("三楼第二会议室");
    assertThat(KB.answer("列席的有谁").text()).contains("陆云舒").contains("沈明川");
  }

  @Test
  void aTopicIsCalledByTheWordTheLeadCountsTheTopicsIn() {
    assertThat(KB.answer("议题二讲的什么").text()).contains("关于困难职工帮扶资金使用");
    assertThat(KB.answer("换届是第几个议题").text()).contains("三、关于基层工会换届工作");
    assertThat(KB.answer("疗休养是第几部分").text()).contains("一、关于2027年职工疗休养工作");
  }

  @Test
  void theAppendedTableIsAPartOfItsOwn() {
    assertThat(KB.answer("任务分工表第二项是什么").text()).contains("帮扶资金发放");
    assertThat(KB.answer("第三个议题是什么").text()).contains("基层工会换届工作");
    assertThat(KB.answer("疗休养报名什么时候完成").text()).contains("4月15日前");
  }

  @Test
  void aTopicsPlaceIsFoundBesideAnotherNotice() {
    KnowledgeBase both =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(),
                new NoticeText("minutes", Optional.empty(), MINUTES)));
    assertThat(both.answer("换届是第几个议题").text()).contains("三、关于基层工会换届工作");
  }

  @Test
  void whatTheMeetingStressedAfterItsLastTopicIsAPartOfItsOwn() {
    assertThat(KB.answer("会议强调了哪几点").text()).contains("按分工抓好落实").contains("专款专用");
    assertThat(KB.answer("会议强调的第二点是什么").text()).contains("专款专用");
    assertThat(KB.answer("换届工作由谁带队督导").text()).contains("杭一鸣");
    assertThat(KB.answer("关于基层工会换届工作有哪几项").text()).doesNotContain("专款专用");
  }

  @Test
  void theHeadersTimeAndPlaceAreTheMeetings() {
    assertThat(KB.answer("会议什么时候开的").text()).contains("2027年3月9日（星期二）下午2:30");
    assertThat(KB.answer("在哪个会议室开的会").text()).contains("三楼第二会议室");
  }
}
