package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A union's annual work summary: sub-headings that each state a result (建功立业平台不断拓展) over a
 * paragraph of items run in as 一是…二是…三是…, and next year's plans counted in 方面.
 */
class WorkSummaryTest {

  private static final String SUMMARY =
      """
      禾川县总工会2027年工作总结

      2027年，县总工会团结动员全县职工建功新时代，较好地完成了县总工会十六届三次全委会议确定的各项目标任务。

      全年举办了第四届“禾川职工文化节”，参与职工3600余人次。现将全年工作总结如下：

      一、主要工作及成效

      （一）建功立业平台不断拓展
      一是广泛开展劳动和技能竞赛。全年举办县级竞赛项目15个。二是选树先进典型。表彰县级劳动模范30名。三是推动职工创新创效。职工提出合理化建议1340条。

      （二）维权服务水平稳步提升
      一是推进工资集体协商。全县签订工资专项集体合同386份。二是做实帮扶救助。走访慰问困难职工2150人次。三是加强法律援助。办理法律援助案件73件。

      二、存在的问题
      一年来，全县工会工作也存在一些不足：一是基层工会活力不够强，部分小微企业工会存在“建而不活”现象；二是工会干部力量相对薄弱，乡镇工会专职工作人员平均不足2人；三是部分服务阵地利用率不高。

      三、2028年工作打算
      2028年，县总工会将重点抓好以下三个方面工作：一是强化思想引领，全年开展各类宣讲不少于100场；二是扩大组织覆盖，力争新建基层工会40家，举办县级竞赛项目不少于16个；三是加强自身建设，全年培训基层工会干部不少于800人次。

      禾川县总工会
      2027年12月28日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("summary", Optional.empty(), SUMMARY)));

  @Test
  void aPositionIsCountedInThePartTheSubjectOfItsHeadingNames() {
    // not in the plans, whose lead counts 三个方面
    assertThat(KB.answer("建功立业方面的第二项工作是什么").text()).contains("选树先进典型");
    assertThat(KB.answer("维权服务方面的最后一项工作是什么").text()).contains("加强法律援助");
  }

  @Test
  void aListIsOfThePartTheQuestionNames() {
    assertThat(KB.answer("维权服务方面做了哪些工作").text())
        .contains("推进工资集体协商", "做实帮扶救助", "加强法律援助")
        .doesNotContain("强化思想引领");
  }

  @Test
  void aYearNamesNoCount() {
    // 2028年 is not a count of 2028 things
    assertThat(KB.answer("2028年工作打算的第二项是什么").text()).contains("扩大组织覆盖");
    assertThat(KB.answer("2028年最后一项工作打算是什么").text()).contains("加强自身建设");
  }

  @Test
  void theProblemsAreCountedAndListed() {
    // not answered with the one sentence that has a number (平均不足2人), nor read as a place (存在哪)
    assertThat(KB.answer("存在的问题有几个").text()).contains("基层工会活力不够强", "工会干部力量相对薄弱", "部分服务阵地利用率不高");
    assertThat(KB.answer("工作中存在哪些问题").text()).contains("基层工会活力不够强", "工会干部力量相对薄弱", "部分服务阵地利用率不高");
  }

  @Test
  void aYearIsNotAnsweredFromThePartOfAnother() {
    // not from under 「2028年工作打算」
    assertThat(KB.answer("2027年举办了多少个县级竞赛项目").text()).contains("15个").doesNotContain("16个");
  }

  @Test
  void whichNumberAThingIsIsItsOrdinal() {
    // 第几届 asks 第四届, not a count (十六届)
    assertThat(KB.answer("职工文化节是第几届").text()).contains("第四届").doesNotContain("十六届");
  }
}
