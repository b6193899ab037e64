package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A lecture's slide deck copied out as text, a marker line over each slide: the cover, a contents
 * slide, part dividers, slides of bullet fragments under their titles with the speaker's notes, a
 * comparison of two columns split by bars, a quiz, and who gave the talk. Each slide's title heads
 * its lines, under its part.
 */
class SlideDeckTest {

  private static final String DECK =
      """
      幻灯片 1
      职工医疗互助保障政策解读
      溪桥区总工会
      2027年4月9日

      幻灯片 2
      目录
      一、为什么要参加
      二、保障什么

      幻灯片 3
      一、为什么要参加

      幻灯片 4
      参加前后：以前 | 现在
      以前 | 现在
      住院费用全靠自己 | 医保报销后再补一块
      大病没有兜底 | 重大疾病另有补助
      备注：去年全区参加互助保障的职工共有1.8万人。

      幻灯片 5
      二、保障什么

      幻灯片 6
      保障内容
      1) 住院补助：每次最高3000元
      2) 重大疾病补助：一次性1万元
      3) 门诊慢性病补助：每年500元
      备注：补助在出院后60天内申请，逾期不予受理。

      幻灯片 7
      互动问答
      互动问答：重大疾病补助能领几次？
      答案：一次性领取，每人限一次。

      幻灯片 8
      谢谢聆听
      主讲人：韩立新
      溪桥区总工会保障工作部部长
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("deck", Optional.empty(), DECK)));

  @Test
  void thePartsAreTheDividersNotTheContentsSlide() {
    assertThat(KB.answer("第一部分讲什么").text()).contains("为什么要参加").doesNotContain("目录");
    assertThat(KB.answer("第二部分讲什么").text()).contains("保障什么");
    assertThat(KB.answer("一共有几部分").text()).contains("两个部分");
  }

  @Test
  void aSlideIsAskedOfByItsNumberAndFoundByWhatItIsAbout() {
    assertThat(KB.answer("第6页讲什么").text()).contains("保障内容");
    assertThat(KB.answer("幻灯片 4讲的是什么").text()).contains("参加前后");
    assertThat(KB.answer("哪一页讲保障内容").text()).contains("第6页");
    // beside the bundled notice too, which is no deck
    KnowledgeBase both =
        KnowledgeBase.of(
            List.of(KnowledgeBase.bundledNotice(), new NoticeText("deck", Optional.empty(), DECK)));
    assertThat(both.answer("第6页讲什么").text()).contains("保障内容", "——摘自《");
  }

  @Test
  void aSlidesNumberedLinesAreItsList() {
    assertThat(KB.answer("保障内容第二项是什么").text()).contains("重大疾病补助");
    assertThat(KB.answer("住院补助每次最多多少钱").text()).contains("3000元");
  }

  @Test
  void theSpeakersNoteIsTextOfItsSlide() {
    String reply = KB.answer("补助多长时间内申请").text();
    assertThat(reply).contains("出院后60天内").doesNotContain("备注");
  }

  @Test
  void aComparisonsRowSaysBothColumns() {
    assertThat(KB.answer("以前大病没有兜底，现在呢").text()).contains("重大疾病另有补助");
    assertThat(KB.answer("以前住院费用怎么办").text()).contains("住院费用全靠自己：现在为医保报销后再补一块");
  }

  @Test
  void theSpeakerIsGivenWithThePostOnTheLineUnderTheName() {
    assertThat(KB.answer("主讲人是什么职务").text()).contains("韩立新", "保障工作部部长");
  }

  @Test
  void aQuizQuestionIsAnsweredByItsAnswer() {
    assertThat(KB.answer("重大疾病补助能领几次").text()).contains("每人限一次");
  }
}
