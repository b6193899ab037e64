package org.unionbot.knowledge.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NoticeParserTest {

  private final NoticeParser parser = new NoticeParser();

  private static String bundled() throws IOException {
    try (InputStream in =
        NoticeParserTest.class.getResourceAsStream("/org/unionbot/knowledge/notice.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String allText(Notice n) {
    StringBuilder sb = new StringBuilder();
    n.sections().forEach(s -> s.paragraphs().forEach(p -> sb.append(p.text()).append('\n')));
    return sb.toString();
  }

  @Test
  void readsTheBundledNoticeIntoTitleBylineCaptionsAndSections() throws IOException {
    Notice n = parser.parse("notice", bundled(), Optional.empty());

    assertThat(n.title()).isEqualTo("市总工会下发《通知》 指导职工学习工会十八大精神");
    assertThat(n.byline()).contains("记者 张兆领 文/图");
    assertThat(n.captions())
        .extracting(Caption::text)
        .containsExactly(
            "市总工会召开学习贯彻中国工会十八大精神会议", "邀请中国劳动关系学院工会学院教授刘元文“上门”辅导", "11月14日上午，市总工会干部职工参加网上授课学习");
    assertThat(n.sections())
        .extracting(Section::heading)
        .containsExactly("", "五个方面深入领会和学习“重要谈话精神”", "三个方面理解把握工会十八大精神", "四个步骤“学深悟透”");
    assertThat(n.sections())
        .extracting(Section::count)
        .containsExactly(
            OptionalInt.empty(), OptionalInt.of(5), OptionalInt.of(3), OptionalInt.of(4));
    assertThat(n.sections().get(3).paragraphs())
        .extracting(p -> p.topic().orElse(""))
        .containsExactly("抓好传达学习", "组织开展培训", "广泛宣传宣讲", "推动落实落地");
    assertThat(n.sections().get(1).paragraphs()).hasSize(5);
  }

  @Test
  void repairsParagraphsSplitMidSentenceAndMidWord() throws IOException {
    String text = allText(parser.parse("notice", bundled(), Optional.empty()));

    assertThat(text).contains("成就梦想；要围绕深入实施科教兴国战略");
    assertThat(text).contains("牢固树立大抓基层的鲜明导向");
    assertThat(text).contains("更加紧密团结在党的周围");
    assertThat(text).contains("以劳动创造担当工人阶级使命任务");
  }

  @Test
  void repairsAsciiCommasStrayEnglishAndDoubledWords() throws IOException {
    String text = allText(parser.parse("notice", bundled(), Optional.empty()));

    assertThat(text).doesNotContain(",").contains("11月8日，市总工会发出专门通知");
    assertThat(text).contains("新时代我国工运事业的发展和过去五年的工作").doesNotContain(" and ");
    assertThat(text).contains("入人心的宣讲，推动").doesNotContain("宣讲宣讲");
  }

  @Test
  void keepsAReduplicationThatMeansStepByStep() {
    Notice n = parser.parse("notice", "标题\n\n他带3名骨干，让手艺一级一级传下去。\n", Optional.empty());
    assertThat(allText(n)).contains("一级一级传下去");
  }

  @Test
  void captionsAndBylineAreNotAnswerText() throws IOException {
    Notice n = parser.parse("notice", bundled(), Optional.empty());
    String text = allText(n);

    assertThat(text).doesNotContain("张兆领", "刘元文", "网上授课", "召开学习贯彻");
  }

  @Test
  void splitsSentencesAfterEndMarksButNotInsideQuotes() {
    assertThat(Sentences.split("他说：“好。走吧！”然后离开；第二句？最后"))
        .containsExactly("他说：“好。走吧！”然后离开；", "第二句？", "最后");
  }

  @Test
  void numberedHeadingsNestAndAHeadingSentenceSplitsFromItsText() {
    String text =
        """
        关于开展读书活动的通知

        （通讯员 李明）

        3月15日，区总工会印发通知，决定开展读书活动。

        一、充分认识重要意义

        读书是提升素质的重要途径。各级工会要抓紧抓实。

        二、聚焦三项重点任务

        （一）深化理论学习

        理论学习是首要任务。要组织职工学习。

        （二）打造阅读阵地

        阅读阵地是重要依托。要新建职工书屋10家。

        （三）开展主题活动

        主题活动是有效载体。要开展征文。

        三、强化组织保障

        1.加强组织领导。区总工会成立领导小组。

        2.落实经费保障。安排专项经费8万元。
        """;
    Notice n = parser.parse("b", text, Optional.empty());

    assertThat(n.byline()).contains("（通讯员 李明）");
    assertThat(n.sections())
        .extracting(Section::title)
        .containsExactly(
            "", "充分认识重要意义", "聚焦三项重点任务", "深化理论学习", "打造阅读阵地", "开展主题活动", "强化组织保障", "加强组织领导", "落实经费保障");
    Section tasks = n.sections().get(2);
    assertThat(tasks.count()).hasValue(3);
    assertThat(n.sections()).filteredOn(s -> s.parent() == tasks.index()).hasSize(3);
    assertThat(n.sections().get(7).level()).isEqualTo(3);
    assertThat(n.sections().get(7).paragraphs().get(0).text()).isEqualTo("区总工会成立领导小组。");
  }

  @Test
  void aNumberedLineWhoseFirstSentenceStatesAFigureOrARuleIsTextNotARunInHeading() {
    String text =
        """
        关于举办职工技能竞赛的通知

        一、竞赛办法
        （一）竞赛分初赛和决赛。初赛由各单位自行组织。
        （二）决赛满分为100分，理论占30%。总成绩相同的，实操成绩高者列前。
        （三）组织实施阶段（6月1日—6月30日）。各单位按时报送名单。
        （四）加强宣传发动。各单位要广泛动员。
        （五）本次竞赛不收取任何费用。组委会统一投保意外险。
        """;
    Notice n = parser.parse("c", text, Optional.empty());

    assertThat(n.sections()).extracting(Section::title).contains("竞赛分初赛和决赛", "组织实施阶段（6月1日—6月30日）");
    assertThat(n.sections())
        .flatExtracting(Section::paragraphs)
        .extracting(Paragraph::text)
        .anyMatch(t -> t.contains("决赛满分为100分"))
        .anyMatch(t -> t.contains("本次竞赛不收取任何费用"));
  }

  @Test
  void markdownHeadingsListItemsCaptionsAndABrokenParagraph() {
    String text =
        """
        # 医院工会开展技能练兵活动

        5月20日，医院工会召开动员会。

        ## 一、活动内容

        医院工会分阶段组织以下四项技能比武：

        1. 心肺复苏技能比武
        2. 静脉输液操作竞赛
        3. 院感防控知识竞答
        4. 急诊急救情景模拟

        ▲5月20日，护理人员开展心肺复苏技能培训

        医院工会将为

        职工建立健康档案。
        """;
    Notice n = parser.parse("c", text, Optional.empty());

    assertThat(n.title()).isEqualTo("医院工会开展技能练兵活动");
    assertThat(n.captions()).containsExactly(new Caption("5月20日，护理人员开展心肺复苏技能培训", 1));
    Section content = n.sections().get(1);
    assertThat(content.title()).isEqualTo("活动内容");
    assertThat(content.paragraphs())
        .extracting(Paragraph::text)
        .containsExactly(
            "医院工会分阶段组织以下四项技能比武：",
            "1. 心肺复苏技能比武",
            "2. 静脉输液操作竞赛",
            "3. 院感防控知识竞答",
            "4. 急诊急救情景模拟",
            "医院工会将为职工建立健康档案。");
  }

  @Test
  void withoutNumberedHeadingsShortUnpunctuatedLinesAreHeadings() {
    String text =
        """
        市总工会部署职工素质提升工作

        近日，市总工会部署职工素质提升工作，要求各级工会抓好落实。

        加强技能培训

        各级工会要组织开展技能培训。

        关心职工生活

        各级工会要关心职工生活。
        """;
    Notice n = parser.parse("d", text, Optional.empty());

    assertThat(n.headedSections()).extracting(Section::heading).containsExactly("加强技能培训", "关心职工生活");
    assertThat(n.captions()).isEmpty();
  }

  @Test
  void aGivenTitleOverridesTheFirstLine() {
    Notice n = parser.parse("e", "第一行\n\n正文。", Optional.of("管理员给的标题"));

    assertThat(n.title()).isEqualTo("管理员给的标题");
  }

  @Test
  void numeralsParseBothWays() {
    assertThat(List.of("五", "十", "十二", "二十", "二十三", "两", "8", "12"))
        .extracting(Numerals::parse)
        .containsExactly(5, 10, 12, 20, 23, 2, 8, 12);
    assertThat(Numerals.parse("十八大")).isEqualTo(-1);
    assertThat(Numerals.chinese(4)).isEqualTo("四");
    assertThat(Numerals.chinese(15)).isEqualTo("十五");
  }
}
