package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A union's funds disclosure: a table of spending whose amounts are bare numbers under a column in
 * 万元, and notes that give an item's people before its cost; the ways to object listed with a phone
 * line among them.
 */
class FundsDisclosureTest {

  private static final String DISCLOSURE =
      """
      # 青禾机械公司工会2026年度经费收支情况公示

      根据有关规定，现将公司工会2026年度经费收支情况公示如下。

      ## 一、经费支出

      | 支出项目 | 金额（万元） | 占比（%） |
      |---|---|---|
      | 职工活动支出 | 131.70 | 60.8 |
      | 业务支出 | 24.66 | 11.4 |
      | 其他支出 | 3.34 | 1.5 |
      | 合计 | 159.70 | 73.7 |

      ## 二、重点支出说明

      1. 职工疗休养。分4批组织152名一线职工到黛岭山职工疗休养基地疗休养，每批5天，人均标准2400元，支出36.48万元。
      2. 职工书屋。补充更新图书1260册，订阅报刊38种，支出5.86万元。

      ## 三、监督方式

      公示期：2027年2月1日至2月7日。本公示同时在公司OA系统“厂务公开”栏目发布，并在各车间公示栏张贴。

      会员对公示内容有疑问的，可通过以下方式反映：

      - 意见箱：投入行政楼一楼大厅的“工会经费公开意见箱”
      - 电话：拨打工会办公室电话0736-5821347
      - 当面反映：到行政楼302室找经费审查委员会主任周敏华

      青禾机械公司工会
      2027年1月28日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("funds", Optional.empty(), DISCLOSURE)));

  @Test
  void howMuchWasSpentIsAnsweredWithAnAmount() {
    // not with how many went, which the note says first
    assertThat(KB.answer("疗休养支出多少").text()).contains("36.48万元");
  }

  @Test
  void aCellUnderAColumnInYuanIsAnAmount() {
    assertThat(KB.answer("业务支出是多少").text()).contains("24.66");
  }

  @Test
  void aCellUnderAColumnInPercentIsAShare() {
    assertThat(KB.answer("职工活动支出占比多少").text()).contains("60.8");
    assertThat(KB.answer("业务支出占多大比例").text()).contains("11.4");
  }

  @Test
  void aTablesRowsAreItsPartsItems() {
    // by what each row names, its total left out
    assertThat(KB.answer("经费支出分为哪几类").text()).contains("职工活动支出", "其他支出").doesNotContain("合计");
    assertThat(KB.answer("经费支出的最后一项是什么").text()).contains("其他支出");
  }

  @Test
  void aPhoneLineInsideAListIsOneOfItsLines() {
    // not the end of the list, as a contact line after the list is
    assertThat(KB.answer("最后一种反映方式是什么").text()).contains("当面反映");
    assertThat(KB.answer("有几种反映方式").text()).contains("意见箱", "电话", "当面反映");
  }

  @Test
  void aTableIsNamedByWhatItsPartIsAbout() {
    // 支出表 is the table under 「经费支出」
    assertThat(KB.answer("支出表第二项是什么").text()).contains("业务支出");
  }

  @Test
  void whereItIsDoneIsEveryPlaceItIsDone() {
    assertThat(KB.answer("公示在哪里发布").text()).contains("OA系统", "各车间公示栏");
    // the place before the one the question names decides it
    assertThat(KB.answer("公示只贴在车间吗").text()).contains("OA系统", "各车间公示栏");
  }
}
