package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 多久…一次 asks how often a thing recurs (每两年), not how long something takes (限期三个月). */
class HowOftenTest {

  private static final String RULES =
      """
      关于职工书屋复核工作的通知

      一、复核周期
      市级示范职工书屋每两年复核一次。

      二、整改要求
      复核不合格的书屋，限期三个月整改；整改后仍不合格的，撤销命名。

      江城市总工会
      2027年3月1日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("rules", Optional.empty(), RULES)));

  @Test
  void howOftenIsAnsweredByThePeriodThatRecurs() {
    assertThat(KB.answer("示范书屋多久复核一次").text()).contains("每两年").doesNotContain("三个月");
  }

  @Test
  void howLongIsStillAnsweredByTheTimeItTakes() {
    assertThat(KB.answer("不合格的书屋限期多久整改").text()).contains("三个月");
  }
}
