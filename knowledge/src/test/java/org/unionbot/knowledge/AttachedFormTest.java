package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A notice signed and dated, then the text of its attachments: an application form pasted from Word
 * (blanks, check boxes, parts numbered 一、 like the notice's) and the form's instructions. The
 * attachments' text is a part of the document of its own, not more of the notice's parts, items or
 * attachments.
 */
class AttachedFormTest {

  private static final String NOTICE =
      """
      关于开展2027年度职工子女助学金申请工作的通知

      各基层工会：
      为帮助困难职工子女顺利完成学业，现将有关事项通知如下：

      一、申请对象
      在澧川区工作、入会满1年的在职职工，子女当年考入全日制普通高校的，可以提出申请。

      二、补助标准
      每名子女一次性补助3000元。

      三、联系方式
      联系人：龚雨晴，电话：0731-5512086。

      附件：1.职工子女助学金申请表
      　　　2.填表说明

      澧川区总工会
      2027年7月1日

      附件1：职工子女助学金申请表

      职工子女助学金申请表

      一、申请人情况
      姓名：__________　性别：□男　□女
      入会时间：______　会员证号：______________

      二、子女情况
      子女姓名：__________　录取学校：______________

      附件2：填表说明

      1.申请表用黑色签字笔填写。
      2.申请表一式三份，区总工会、基层工会和本人各存一份。
      3.录取通知书复印件附在表后。
      4.基层工会汇总后，须于7月20日前将申请表电子版发送至区总工会邮箱。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("form", Optional.empty(), NOTICE)));

  @Test
  void theNoticesPartsAreItsOwnNotTheForms() {
    assertThat(KB.answer("最后一部分讲什么").text()).contains("联系方式").doesNotContain("子女情况");
    assertThat(KB.answer("通知分几个部分").text()).contains("申请对象", "补助标准", "联系方式");
  }

  @Test
  void whoMayApplyIsAllTheSentenceSaysBeforeWhatTheyMayDo() {
    assertThat(KB.answer("申请对象是谁").text()).contains("入会满1年的在职职工", "考入全日制普通高校");
    // or must: 须于…发送 is done by who comes before it
    assertThat(KB.answer("电子版由谁发送").text()).contains("基层工会汇总后");
  }

  @Test
  void aLineOfBlanksToFillInAnswersNothing() {
    assertThat(KB.answer("会员证号有什么要求").text()).doesNotContain("____");
    assertThat(KB.answer("申请表要填会员证号吗").text()).contains("会员证号");
  }

  @Test
  void theAttachmentsAreTheListedTwo() {
    assertThat(KB.answer("通知有几个附件").text()).contains("职工子女助学金申请表", "填表说明").doesNotContain("黑色签字笔");
  }

  @Test
  void theNoticeIsSignedAboveItsAttachments() {
    assertThat(KB.answer("这是哪个单位发的通知").text()).contains("澧川区总工会");
    assertThat(KB.answer("通知是哪天发的").text()).contains("2027年7月1日");
  }

  @Test
  void theInstructionsAnswerQuestionsAboutTheForm() {
    assertThat(KB.answer("申请表一式几份").text()).contains("一式三份");
    assertThat(KB.answer("申请表用什么笔填").text()).contains("黑色签字笔");
  }
}
