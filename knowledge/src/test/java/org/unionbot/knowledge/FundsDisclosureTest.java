package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A union's funds disclosure: a table of spending whose amounts are bare numbers under a column in
 * 万元, and notes that give an item's people before its cost.
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

      ## 二、重点支出说明

      1. 职工疗休养。分4批组织152名一线职工到黛岭山职工疗休养基地疗休养，每批5天，人均标准2400元，支出36.48万元。
      2. 职工书屋。补充更新图书1260册，订阅报刊38种，支出5.86万元。

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
}
