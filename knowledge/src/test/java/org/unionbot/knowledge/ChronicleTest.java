package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A year's chronicle (大事记): month headings over entries that each open with their day or the part
 * of the month, some with a short first sentence, some without.
 */
class ChronicleTest {

  private static final String CHRONICLE =
      """
      峪阳市总工会2027年工作大事记

      2027年，全市各级工会团结动员广大职工建功立业，现将全年大事择要记述如下。

      一月
      1月6日　市总工会十四届五次全委（扩大）会议召开。市总工会主席韩振东作工作报告。
      1月中旬　全市工会“两节”送温暖活动启动。市、县两级工会共筹集资金2860万元。
      1月28日　春节前夕，市委书记林启航在市总工会党组书记、常务副主席潘晓岚陪同下，看望慰问坚守岗位的环卫工人、公交司机和供电抢修人员。

      二月
      2月10日　市总工会、市人力资源和社会保障局联合印发《关于开展2027年“春风送岗”专项行动的通知》。
      2月28日至3月2日　潘晓岚带队赴广东深圳、东莞两地，看望慰问峪阳籍在外务工人员。

      十二月
      12月3日　全国总工会公布2027年全国模范职工之家名单，峪阳市第一人民医院工会获评。
      12月28日　2028年元旦春节“两节”送温暖活动启动仪式在北岭县举行。

      整理：峪阳市总工会办公室
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("chronicle", Optional.empty(), CHRONICLE)));

  @Test
  void everyEntryOfAMonthIsCountedWhetherOrNotItOpensWithAShortSentence() {
    assertThat(KB.answer("一月的最后一件大事是什么").text()).contains("1月28日", "环卫工人");
  }

  @Test
  void holdingAPostIsBeingThatPost() {
    // 担任 only asks the post
    assertThat(KB.answer("潘晓岚担任什么职务").text()).contains("市总工会党组书记、常务副主席潘晓岚");
  }

  @Test
  void aMonthIsNotTheEndOfALaterMonthsName() {
    // 十二月 holds 二月
    assertThat(KB.answer("十二月的第一件事是什么").text()).contains("全国模范职工之家").doesNotContain("春风送岗");
  }

  @Test
  void entriesListedKeepTheDaysTheyOpenWith() {
    assertThat(KB.answer("二月有哪些大事").text()).contains("2月10日", "2月28日至3月2日");
  }
}
