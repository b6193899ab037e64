package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether someone of an age may take part (我56岁能参加吗): notices give the ages allowed, so the reply
 * gives them and says whether the age is within them.
 */
class AgeAskedTest {

  private static final KnowledgeBase KB =
      QaSet.knowledgeBaseOf(
          """
          关于组织职工参加全市健步走活动的通知

          一、参加对象
          全市在职会员，年龄在18至60周岁之间，身体健康。

          二、活动安排
          活动于5月15日上午8时在滨江公园集合。
          """);

  @Test
  void anAgeWithinTheRangeIsSaidToFit() {
    assertThat(KB.answer("我今年45岁能参加吗").text()).contains("符合", "18至60周岁").doesNotContain("不符合");
  }

  @Test
  void anAgeOutsideTheRangeIsSaidNotToFit() {
    assertThat(KB.answer("我62岁还能参加吗").text()).contains("不符合", "18至60周岁");
    assertThat(KB.answer("十七岁能报名吗").text()).contains("不符合", "18至60周岁");
  }

  @Test
  void aCaseWithABoundOfItsOwnIsJudgedByItOnlyWhereTheQuestionNamesIt() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            岚江市职工学校春季培训招生简章

            【报名条件】
            1. 年满18周岁、不超过55周岁；其中电工班、叉车班年龄不超过50周岁。
            2. 身体健康。
            3. 育婴员班须具有高中及以上学历。

            【上课地点】
            云杉路218号综合楼。
            """);
    // the rule with the case, not the case alone: 17 is under the rule's 18, whatever the case says
    assertThat(kb.answer("17岁能报名吗").text()).contains("不符合", "年满18周岁");
    assertThat(kb.answer("52岁能报叉车班吗").text()).contains("不符合", "不超过50周岁");
    assertThat(kb.answer("52岁能报育婴员班吗").text()).contains("符合", "不超过55周岁").doesNotContain("不符合");
    assertThat(kb.answer("报名有年龄限制吗").text()).contains("年满18周岁、不超过55周岁");
  }

  @Test
  void aBoundThatBarsGetsNoVerdict() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            职工健身房开放须知

            一、开放时间：每天9:00至21:00。
            二、16周岁以下未成年人不得进入健身房。
            """);
    assertThat(kb.answer("15岁的孩子能进健身房吗").text()).contains("16周岁以下").doesNotContain("符合");
  }
}
