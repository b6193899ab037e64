package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A procurement inquiry announcement (询价采购公告): numbered parts, a part of numbered conditions whose
 * heading ends with what a worker calls them (供应商资格要求 for 资格要求), and a paragraph after them.
 */
class ProcurementNoticeTest {

  private static final String INQUIRY =
      """
      枫渡市总工会2027年职工春节慰问品采购项目询价公告

      项目编号：FDZGH-2026-018

      一、项目基本情况
      预算金额：86.40万元。

      二、供应商资格要求
      1.具有独立承担民事责任的能力；
      2.具有良好的商业信誉和健全的财务会计制度；
      3.具有有效的食品经营许可证或食品生产许可证；
      4.本项目不接受联合体报价，不得分包、转包。
      供应商须在响应文件中提供上述条件的证明材料，资格审查不合格的，其响应文件无效。

      三、公告期限
      自本公告发布之日起3个工作日。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("inquiry", Optional.empty(), INQUIRY)));

  @Test
  void aConditionIsAskedByItsPlaceUnderTheHeadingThatEndsWithWhatItIsCalled() {
    assertThat(KB.answer("第一条资格要求是什么").text()).contains("独立承担民事责任");
    assertThat(KB.answer("最后一条资格要求是什么").text()).contains("不接受联合体报价");
  }
}
