package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A model worker's deeds material: a narrative in the third person, with what his master, his
 * apprentices and his workshop head said of him quoted beside their names.
 */
class DeedsMaterialTest {

  private static final String DEEDS =
      """
      扎根一线二十年 匠心守护“大国重器”
      ——澜川重型装备集团大件加工车间章立峰同志先进事迹

      一、苦练本领，从学徒到“金牌技师”
      2005年7月，章立峰从澜川技工学校毕业进厂，在大件加工车间当学徒。三年记满了23本工作笔记。师傅孙守业逢人便说：“这小子手稳、心细，肯下笨功夫，是块好料。”

      二、攻坚克难，啃下“卡脖子”硬骨头
      2015年3月，集团承接某核电项目主泵泵壳加工任务，国外厂家报价高。关键时刻，章立峰主动请缨，总结出“章氏三步校准法”：第一步用百分表粗找正，第二步按车间温度变化进行热变形补偿，第三步用激光跟踪仪复核定位。泵壳一次交检合格，第二台泵壳也一次交检合格。截至目前，他共取得国家专利9项，其中发明专利2项。面对当初的质疑，他说：“外国人能干的，我们中国工人也能干，而且要干得更好！”

      三、倾囊相授，甘当技能传承“铺路石”
      他首创“一带三、三带九”的“滚雪球”带徒法，即由他带3名骨干，每名骨干再各带3名新人，让手艺一级一级传下去。他把多年的经验整理成《大型构件镗铣加工操作手册》，共12万字，成为车间新员工的必修教材。多年来，他累计带徒46名。徒弟刘晓帆说：“师傅从来不藏私，他常讲‘教会徒弟，车间才能多几双好手’。”他还受聘为澜川技师学院兼职教师，每学期授课16课时。

      澜川重型装备集团工会
      2027年3月1日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("deeds", Optional.empty(), DEEDS)));

  @Test
  void whoSaidAQuoteIsTheNameBesideIt() {
    assertThat(KB.answer("“这小子手稳、心细，肯下笨功夫，是块好料”是谁说的").text())
        .contains("师傅孙守业")
        .doesNotContain("逢人便");
    assertThat(KB.answer("“师傅从来不藏私”是谁说的").text()).contains("刘晓帆");
  }

  @Test
  void aQuoteSaidByHeIsSaidByWhomTheTextLastNamed() {
    // 他说： — he is 章立峰, named before it in the paragraph; not 交检, which HanLP takes for a name
    assertThat(KB.answer("“外国人能干的，我们中国工人也能干”是谁说的").text()).contains("章立峰").doesNotContain("交检");
  }

  @Test
  void theLastStepIsTheLastOneTheSentenceCounts() {
    assertThat(KB.answer("校准法最后一步是什么").text()).contains("用激光跟踪仪复核定位").doesNotContain("百分表");
  }

  @Test
  void aCountIsTheWholeUnlessThePartIsAsked() {
    assertThat(KB.answer("专利几项").text()).contains("9项");
    assertThat(KB.answer("发明专利几项").text()).contains("2项");
  }

  @Test
  void whatAThingIsForAndWhatItIsRunToTheSentencesEnd() {
    assertThat(KB.answer("这本操作手册有什么用").text()).contains("新员工的必修教材");
    assertThat(KB.answer("“滚雪球”带徒法是怎么带的").text()).contains("他带3名骨干", "每名骨干再各带3名新人");
  }

  @Test
  void aSchoolIsWhereSomethingIsDone() {
    assertThat(KB.answer("他在哪上课").text()).contains("澜川技师学院");
  }

  @Test
  void whoSpeaksIsNoLabelOfWhatFollows() {
    // 徒弟刘晓帆说： is not what the line is of
    assertThat(KB.answer("他每学期授课多少课时").text()).contains("16课时").doesNotContain("刘晓帆说：");
  }

  @Test
  void whoHoldsARoleIsNotWhoeverSaysTheRoleInAQuote() {
    // not 徒弟刘晓帆, whose quote says 师傅
    assertThat(KB.answer("师傅是谁").text()).contains("孙守业");
  }

  @Test
  void besideTheBundledNoticeAStepIsOfTheNoticeThatNamesWhatTakesIt() {
    // the bundled notice counts 四个步骤“学深悟透” but never says 校准法
    KnowledgeBase both =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(), new NoticeText("deeds", Optional.empty(), DEEDS)));

    assertThat(both.answer("校准法最后一步是什么").text()).contains("激光跟踪仪").doesNotContain("推动落实落地");
  }
}
