package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A contest's question bank with its key: each question leaves a blank, its options follow a line
 * apiece, then 答案：. A worker asking the question's fact gets the question with the keyed options in
 * its blank, not the blank.
 */
public class QuestionBankTest {

  private static final String BANK =
      """
      2027年苍澜市职工法律知识竞赛题库（含参考答案）

      一、单项选择题（共2题，每题2分）

      1.自用工之日起超过一个月不满一年未订立书面劳动合同的，用人单位应当每月向劳动者支付（　　）的工资。
      A.1.5倍
      B.二倍
      C.三倍
      D.四倍
      答案：B

      2.劳动争议申请仲裁的时效期间为（　　）。
      A.六个月
      B.一年
      C.二年
      D.三年
      答案：B

      二、多项选择题（共1题，每题3分）

      3.下列情形应当认定为工伤的有（　　）。
      A.在工作时间和工作场所内，因工作原因受到事故伤害的
      B.患职业病的
      C.在上下班途中，受到非本人主要责任的交通事故伤害的
      D.因醉酒导致伤亡的
      答案：ABC

      三、判断题（共3题，每题1分）

      4.同一用人单位与同一劳动者只能约定一次试用期。（　　）
      答案：√

      5.劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。（　　）
      答案：√
      解析：试用期满后辞职，应当提前三十日以书面形式通知。

      6.用人单位可以用超市购物卡代替货币支付工资。（　　）
      答案：×
      解析：《劳动法》第五十条，工资应当以货币形式按月支付。
      """;

  /** The bank, for the tests of the answer package that read its passages. */
  public static final String TEXT = BANK;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("bank", Optional.empty(), BANK)));

  @Test
  void theKeyedOptionFillsTheBlank() {
    assertThat(KB.answer("超过一个月不满一年未订立书面劳动合同要支付几倍工资").text()).contains("（B.二倍）");
    assertThat(KB.answer("申请劳动仲裁的时效期间是多长").text()).contains("B.一年").doesNotContain("（　　）");
  }

  @Test
  void aTrueOrFalseStatementIsNoHeadingAndComesWithItsVerdict() {
    assertThat(KB.answer("同一用人单位与同一劳动者只能约定几次试用期").text()).contains("只能约定一次试用期", "答案：√");
  }

  @Test
  void everyKeyedOptionOfAMultipleChoiceQuestionIsGiven() {
    assertThat(KB.answer("哪些情形应当认定为工伤").text())
        .contains("A.在工作时间和工作场所内", "B.患职业病的", "C.在上下班途中")
        .doesNotContain("醉酒");
  }

  @Test
  void aQuestionAskedByItsNumberIsThatQuestionKeyed() {
    assertThat(KB.answer("第1题的答案是什么").text()).contains("第一题", "（B.二倍）");
    assertThat(KB.answer("第4题的答案").text()).contains("只能约定一次试用期", "答案：√").doesNotContain("（　　）");
    assertThat(KB.answer("第二题有哪些选项").text()).contains("A.六个月；B.一年；C.二年；D.三年");
    assertThat(KB.answer("第3题D选项是什么").text()).contains("D.因醉酒导致伤亡的");
    assertThat(KB.answer("第5题的解析是什么").text()).contains("提前三十日");
  }

  @Test
  void aQuestionCountedWithinAPartOrFromTheEndIsNoQuestionOfThatNumber() {
    // 判断题第一题 is question 4, 倒数第二题 question 4 as well, not questions 1 and 2
    assertThat(KB.answer("判断题第一题是什么").text()).doesNotContain("第一题：自用工之日起");
    assertThat(KB.answer("倒数第二题考什么").text()).doesNotContain("第二题：劳动争议");
  }

  @Test
  void aStatementKeyedFalseComesWithWhatIsRight() {
    // not the false statement alone, though it holds every word asked
    assertThat(KB.answer("单位可以用购物卡代替工资吗").text()).contains("答案：×").contains("以货币形式按月支付");
  }

  @Test
  void anOptionSaysWhetherItsKeyNamesIt() {
    assertThat(KB.answer("醉酒导致伤亡的算工伤吗").text()).contains("D.因醉酒导致伤亡的").contains("不是正确选项");
  }
}
