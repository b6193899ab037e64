package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A public-account case story (以案说法): a reason the story gives as one, and a verdict on a claim
 * after the sentences that argue it.
 */
class CaseStoryTest {

  private static final String STORY =
      """
      # 【以案说法】下班路上被车撞伤，算不算工伤？

      ## 【案情回顾】

      2026年3月14日晚上9点40分左右，小李下了晚班骑车回家，途经滨河路与长青街交叉路口时，被一辆闯红灯的小型轿车撞倒。

      出院后，小李找到公司人事部，希望公司为他申请工伤认定。公司却拒绝了，理由是：“不是在工作时间工作场所受伤，不能算工伤。”此后公司一直没有提出申请。

      在工会法律援助律师的帮助下，他于2026年5月6日自己向市人社局提交了工伤认定申请，距事故发生不到两个月。

      随后，经岱溪市劳动能力鉴定委员会鉴定，小李的伤情被评定为伤残十级。

      ## 【法律分析】

      > 《工伤保险条例》第三十七条　职工因工致残被鉴定为七级至十级伤残的……从工伤保险基金按伤残等级支付一次性伤残补助金。

      小李下晚班沿平常路线回家，又无责任，完全符合这一规定。公司“不在工作时间工作场所就不算工伤”的说法，没有法律依据。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("story", Optional.empty(), STORY)));

  @Test
  void aReasonGivenAsOneAnswersWhy() {
    assertThat(KB.answer("公司为什么不申请工伤认定").text()).contains("不是在工作时间工作场所受伤");
  }

  @Test
  void aYesOrNoOnAClaimGetsTheVerdict() {
    assertThat(KB.answer("公司“不在工作时间工作场所就不算工伤”的说法对吗").text()).contains("没有法律依据");
  }
}
