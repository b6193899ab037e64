package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A questionnaire pasted from an online survey tool under its cover notice: numbered questions
 * marked [单选题] or [多选题], options one a line as ○…, □… or A. ….
 */
class QuestionnaireTest {

  private static final KnowledgeBase KB =
      QaSet.knowledgeBaseOf(
          """
          关于开展2027年职工需求调查的通知

          一、调查时间
          2027年3月15日至4月15日。

          二、填写方式
          用微信扫描本通知所附二维码填写。

          三、有关说明
          问卷提交后可参与抽奖，设一等奖20名，各奖励价值200元的购物卡；二等奖100名，各奖励50元话费。

          附件

          2027年职工需求调查问卷
          一、基本情况
          1. 您的年龄：[单选题]
          ○25岁及以下
          ○26—35岁
          ○36岁及以上
          2. 您的文化程度：[单选题]
          A. 初中及以下
          B. 高中或中专
          C. 大专及以上
          3. 您是否为工会会员：[单选题]
          ○是
          ○否（选“否”请跳至第5题）
          4. 您平时通过哪些渠道了解工会活动：[多选题]（最多选3项）
          □单位工会通知
          □同事介绍
          □报纸、电视
          """);

  @Test
  void aQuestionAskedByItsNumberIsTheQuestionWithItsOptions() {
    assertThat(KB.answer("第1题问什么").text()).contains("您的年龄：[单选题]", "26—35岁");
    assertThat(KB.answer("第3题选否跳到哪题").text()).contains("选“否”请跳至第5题");
    assertThat(KB.answer("第4题最多选几项").text()).contains("最多选3项");
    assertThat(KB.answer("第1题有几个选项").text()).contains("三个选项");
    // past the last question: none of the notice's other numbered things
    assertThat(KB.answer("第6题问什么").text()).contains("问卷共有四道题，没有第六题");
  }

  @Test
  void theQuestionThatAsksSomethingIsFoundByWhatItAsks() {
    assertThat(KB.answer("哪道题问文化程度").text()).contains("2. 您的文化程度");
    assertThat(KB.answer("哪一题问是不是工会会员").text()).contains("3. 您是否为工会会员");
    assertThat(KB.answer("年龄在第几题").text()).contains("1. 您的年龄");
  }

  @Test
  void whatEachOfACountGetsBelongsToTheCount() {
    assertThat(KB.answer("一等奖是什么").text()).contains("各奖励价值200元的购物卡");
  }

  @Test
  void anOptionIsAskedByItsPlaceOrLetter() {
    assertThat(KB.answer("第1题的第二个选项是什么").text()).contains("26—35岁").doesNotContain("36岁");
    assertThat(KB.answer("第2题的C选项是什么").text()).contains("C. 大专及以上");
    assertThat(KB.answer("第4题最后一个选项是什么").text()).contains("□报纸、电视");
    assertThat(KB.answer("第2题的第五个选项是什么").text()).contains("三个选项", "没有第五个选项");
  }

  @Test
  void aLongQuestionnaireUnderTheSignatureIsAnAttachmentNotMoreOfTheNotice() {
    StringBuilder text =
        new StringBuilder(
            """
            关于开展职工需求调查的通知

            一、调查时间
            2027年3月15日至4月15日。

            二、联系方式
            联系人：程雨薇，电话：0758-3386420。

            柘江市总工会
            2027年3月8日

            附件
            职工需求调查问卷
            一、基本情况
            """);
    for (int n = 1; n <= 30; n++) {
      text.append(n).append(". 您的第").append(n).append("项情况：[单选题]\n");
      text.append("○是\n○否\n○不清楚\n");
    }
    KnowledgeBase kb = QaSet.knowledgeBaseOf(text.toString());
    // over a hundred lines under the signature: still the notice's attachment, signed above it
    assertThat(kb.answer("通知的最后一部分是什么").text()).contains("联系方式");
    assertThat(kb.answer("这个通知是谁发的").text()).contains("柘江市总工会");
  }

  @Test
  void boxedOptionsAreOptionsNotAByline() {
    // □ opens a reporter's byline (□ 本报记者…) only where a byline's word follows it
    assertThat(KB.answer("第4题有哪些选项").text()).contains("□单位工会通知", "□同事介绍", "□报纸、电视");
  }
}
