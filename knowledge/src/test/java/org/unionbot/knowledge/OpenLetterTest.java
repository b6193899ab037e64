package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An open letter of proposals (倡议书): no headings, proposals in paragraphs opening 一要…, 二要…. */
class OpenLetterTest {

  private static final KnowledgeBase LETTER =
      QaSet.knowledgeBaseOf(
          """
          致全市职工的安全生产倡议书

          全市广大职工朋友们：

          为筑牢安全生产防线，市总工会向全市广大职工发出如下三点倡议：

          一要牢固树立安全意识，上岗前认真参加班前安全教育。

          二要严格遵守操作规程，不违章指挥、不违章作业。

          三要积极排查身边隐患，发现问题及时向班组长报告。

          安全生产，人人有责。让我们行动起来！

          江城市总工会
          2027年6月1日
          """);

  @Test
  void theProposalsAreCountedAndAskedByPosition() {
    assertThat(LETTER.answer("一共倡议了几条").text()).contains("三点");
    assertThat(LETTER.answer("第二条倡议是什么").text()).contains("严格遵守操作规程");
    assertThat(LETTER.answer("最后一条倡议是什么").text()).contains("排查身边隐患");
    // asked by the word that numbers it in the text
    assertThat(LETTER.answer("二要讲的是什么").text()).contains("严格遵守操作规程");
    assertThat(LETTER.answer("三要是什么").text()).contains("排查身边隐患");
  }

  /** A letter that says it gives some points, not how many, in a long opening paragraph. */
  private static final KnowledgeBase REMINDERS =
      QaSet.knowledgeBaseOf(
          """
          温暖过冬——致全市职工朋友的一封信

          亲爱的职工朋友们：

          岁末寒冬，新春将至。为帮助大家温暖过冬、平安返乡，市总工会向大家提几点提醒，也把今冬工会办的几件实事告诉大家。

          一要绷紧安全生产这根弦。请大家严格遵守操作规程，不违章作业。宿舍取暖要做到：一是不私拉乱接电线，二是不使用明火取暖，三是睡前关火断电，严防火灾和一氧化碳中毒，夜间值守人员要加强巡查，发现电线老化、插座过载等隐患要及时报告班组长和安全员，确保宿舍和工棚在整个冬季的用电安全、取暖安全和消防安全。

          二要做好防寒保暖。请大家关注天气预报，及时添衣保暖。

          三要守好自己的“钱袋子”。请大家牢记“三不一多”，谨防电信诈骗。

          最后，祝大家新春愉快！

          江城市总工会
          2027年1月4日
          """);

  @Test
  void pointsALetterSaysItGivesSomeOfAreAskedByPosition() {
    assertThat(REMINDERS.answer("第二点提醒是什么").text()).contains("做好防寒保暖");
    assertThat(REMINDERS.answer("最后一点提醒是什么").text()).contains("钱袋子");
    // 几点 of 几点提醒 counts points, and 信里 is the letter itself
    assertThat(REMINDERS.answer("信里提了几点提醒").text()).contains("三", "绷紧安全生产这根弦");
  }

  @Test
  void pointsASentenceNumbersInlineAfterAColonAreAllWhatItAsks() {
    assertThat(REMINDERS.answer("宿舍取暖要做到什么").text()).contains("不私拉乱接电线", "不使用明火取暖", "睡前关火断电");
  }

  @Test
  void whatTheIntroAlsoSaysIsNotAnsweredWithTheList() {
    assertThat(LETTER.answer("倡议的目的是什么").text()).doesNotContain("1.牢固树立安全意识");
  }

  @Test
  void aLetterIsAskedOfByItsOwnWords() {
    // the title says whom it is to, the end who signs it; 这封信 is the letter itself
    assertThat(REMINDERS.answer("这封信是写给谁的").text()).contains("全市职工朋友");
    assertThat(REMINDERS.answer("这封信是谁写的").text()).contains("江城市总工会");
    assertThat(REMINDERS.answer("这封信的标题是什么").text()).contains("温暖过冬");
  }

  @Test
  void everyItemAColonLeadsIntoIsWhatAListQuestionAsks() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            防范诈骗提醒

            请大家牢记“三不一多”：不轻信陌生来电，不透露验证码，不向陌生账户转账，多和家人商量核实。
            """);
    assertThat(kb.answer("三不一多是哪些").text()).contains("不轻信陌生来电", "不向陌生账户转账", "多和家人商量核实");
  }

  @Test
  void whatItTakesAndEveryStepAreSaid() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            冬季温馨提示

            天冷了，户外劳动者可以到驿站歇脚取暖，打开“江城工会”小程序“驿站地图”，就能查找附近的驿站。工会发放慰问金从不要求职工先交费，如有自称“工会工作人员”要求转账的，请立即挂断，并拨打12351职工服务热线核实。
            """);
    assertThat(kb.answer("怎么查找附近的驿站").text()).contains("驿站地图");
    assertThat(kb.answer("自称工会工作人员要求转账怎么办").text()).contains("立即挂断", "12351");
  }
}
