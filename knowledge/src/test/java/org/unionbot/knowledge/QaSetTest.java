package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an evaluation row scores an answer. */
class QaSetTest {

  private static Answer answer(String text) {
    return new Answer(Answer.Kind.ANSWER, text, List.of(), List.of());
  }

  @Test
  void aGoldStringOnlyInTheCitedHeadingIsNotAnAnswer() {
    QaSet.Row row = new QaSet.Row("四个步骤是为了啥", "学深悟透");

    assertThat(row.passes(answer("不太确定，通知里最接近的说法是：\n广泛宣传宣讲。\n——摘自「四个步骤“学深悟透”」"))).isFalse();
    assertThat(row.passes(answer("为了学深悟透。\n——摘自「四个步骤“学深悟透”」"))).isTrue();
  }

  @Test
  void everyPartOfOneAlternativeMustBeThere() {
    QaSet.Row row = new QaSet.Row("q", "甲&乙|丙");

    assertThat(row.passes(answer("甲和乙"))).isTrue();
    assertThat(row.passes(answer("丙"))).isTrue();
    assertThat(row.passes(answer("甲"))).isFalse();
  }
}
