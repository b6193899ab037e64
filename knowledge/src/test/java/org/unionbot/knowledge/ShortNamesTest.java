package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A short name a notice defines (以下简称…) is asked for what it stands for. */
class ShortNamesTest {

  private static final String REPLY =
      """
      关于周某某同志反映问题的处理意见

      你原在青禾恒达汽车零部件有限公司（以下简称恒达公司）装配车间工作，反映加班工资未足额发放。

      区总工会决定为全区在职女会员免费提供宫颈癌、乳腺癌（以下简称“两癌”）筛查服务。

      本意见书一式三份，信访人、恒达公司和本会各执一份。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("reply", Optional.empty(), REPLY)));

  @Test
  void aShortNameIsAnsweredByTheClauseThatDefinesIt() {
    assertThat(KB.answer("恒达公司的全称是什么").text()).contains("青禾恒达汽车零部件有限公司");
    assertThat(KB.answer("意见书里的恒达公司指的是哪家企业").text())
        .contains("青禾恒达汽车零部件有限公司")
        .doesNotContain("一式三份");
    assertThat(KB.answer("“两癌”指的是什么").text()).contains("宫颈癌、乳腺癌");
  }
}
