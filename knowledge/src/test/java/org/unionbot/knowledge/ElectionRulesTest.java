package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An election procedure (选举办法): articles whose how is said in steps, in cases and their
 * consequence, or by whom something is decided.
 */
class ElectionRulesTest {

  private static final KnowledgeBase KB =
      QaSet.knowledgeBaseOf(
          """
          青岚电子有限公司工会第二次会员代表大会选举办法

          第一条　本次大会选举产生公司工会第二届委员会委员。第二届委员会由11名委员组成，任期五年。女职工委员会委员不在本次大会选举，由第二届委员会第一次全体会议协商确定。

          第二条　选举采用无记名投票方式。代表对选票上的候选人可以表示同意、不同意或者弃权：
          （一）同意的，在候选人姓名上方划“○”；
          （二）不同意某候选人而另选他人的，先在该候选人姓名上方划“×”，再在选票下方的“另选人”栏内写上另选人的姓名，并在其姓名上方划“○”；
          （三）弃权的，不划任何符号。
          使用“○”“×”以外的其他符号，或者符号模糊无法辨认的，对该候选人按弃权处理。
          """);

  @Test
  void aWayDoneInStepsIsGivenStepByStep() {
    assertThat(KB.answer("另选他人怎么填").text()).contains("先在", "再在", "写上另选人的姓名");
  }

  @Test
  void alternativeCasesComeWithWhatHoldsForThem() {
    assertThat(KB.answer("使用其他符号怎么算").text()).contains("按弃权处理");
  }

  @Test
  void howSomethingComesAboutIsWhoDecidesIt() {
    assertThat(KB.answer("女职工委员会委员怎么产生").text()).contains("协商确定");
  }
}
