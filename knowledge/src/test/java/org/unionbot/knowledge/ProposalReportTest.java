package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A report on how a workers' congress's proposals were handled: numbered headings, one per
 * proposal, each over the same label lines (提案人：, 承办部门：, 办理结果：).
 */
class ProposalReportTest {

  private static final String REPORT =
      """
      关于三届五次职代会提案办理情况的通报

      公司各部门、各车间：
      公司三届五次职工代表大会共立案提案12件，截至2027年10月31日已全部办理答复，现将有关情况通报如下：

      一、提案办理情况
      现将职工关注度较高的3件提案办理情况通报如下：
      （一）第3号提案：关于优化数控车间刀具领用流程的提案
      提案人：刘卫东（数控车间）
      承办部门：生产管理部
      办理结果：已解决。自2027年4月20日起，刀具领用由纸质审批改为线上申请，审批环节由4个减少为2个。
      （二）第5号提案：关于改善二号食堂夜班就餐条件的提案
      提案人：高建民（机加工车间）
      承办部门：综合管理部
      办理结果：已解决。二号食堂自2027年5月8日起将夜班供餐时间延长至次日凌晨1:30。
      （三）第9号提案：关于增开城东方向通勤班车的提案
      提案人：罗晓梅等6名代表（装配车间）
      承办部门：综合管理部
      办理结果：已解决。自2027年6月1日起增开城东方向班车线路1条，早晚各1班。

      青禾机电有限公司工会
      青禾机电有限公司职代会提案工作委员会
      2027年11月8日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("report", Optional.empty(), REPORT)));

  @Test
  void aProposalIsNamedByItsNumber() {
    // 第3号提案 names one part, not the list of all of them; 第5号 is that one's number
    assertThat(KB.answer("第3号提案是关于什么的").text()).contains("优化数控车间刀具领用流程");
    assertThat(KB.answer("第9号提案是关于什么的").text()).contains("增开城东方向通勤班车");
    assertThat(KB.answer("第5号提案办理结果是什么").text()).contains("夜班供餐时间延长");
  }

  @Test
  void aBareStatusComesWithWhatWasDone() {
    // 办理结果：已解决。 says only that it was: the sentence after it says what
    assertThat(KB.answer("第5号提案办理结果如何").text()).contains("已解决", "夜班供餐时间延长");
  }

  @Test
  void whoDidWhatALabelsPersonDoesIsThatLine() {
    // 谁提的 of 提案人：…, under the proposal the question names by its subject
    assertThat(KB.answer("通勤班车的提案是谁提出的").text()).contains("罗晓梅");
    assertThat(KB.answer("刀具领用的提案是谁提的").text()).contains("刘卫东");
    // which department handles it is not who proposed it
    assertThat(KB.answer("第9号提案由哪个部门办理").text()).contains("综合管理部");
  }

  @Test
  void twoBodiesThatSignItTogetherBothIssueIt() {
    assertThat(KB.answer("这份通报是谁发的").text()).contains("青禾机电有限公司工会", "提案工作委员会");
  }

  @Test
  void aNumberedHeadingDoesNotRunOnIntoTheLabelLineUnderIt() {
    // three headings that do not end a sentence are headings, not lines a page wrapped
    Answer a = KB.answer("第5号提案的承办部门是哪个");
    assertThat(a.text()).contains("综合管理部");
    assertThat(a.sources()).allMatch(s -> !s.section().contains("提案人"));
  }
}
