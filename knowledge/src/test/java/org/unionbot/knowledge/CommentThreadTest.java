package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A public-account post pasted with its readers' comments (精选留言): each comment by its nickname and
 * likes, most with the post's reply (作者回复：…).
 */
class CommentThreadTest {

  private static final KnowledgeBase POST =
      QaSet.knowledgeBaseOf(
          """
          # 会员福利｜职工免费观影活动开始报名

          原创　江城区总工会　2027-05-10 18:00

          区总工会今年继续为会员提供免费观影，共2000个名额，约满即止。今年新增东湖影城，观影名额比去年增加500个。

          ## 一、谁可以参加

          在江城区基层工会入会的在职会员，每人限1次。

          ## 二、在哪里看

          5月20日至6月30日每天放映。

          定点影院（任选一家）：

          1. 江城影城：人民路8号，每天限200人
          2. 东湖影城：湖滨路16号，每天限100人

          名额：江城影城每天200个，东湖影城每天100个，先到先得。

          ---

          ## 精选留言

          **夏天的风**　👍 42

          听说名额有5000个？几号开始约啊？

          > 作者回复：5月15日上午9:00开始预约，名额是2000个。

          **老王在工地**　👍 18

          我是外包公司的，也入了会，能去吗？

          > 作者回复：可以。外包职工只要在江城区基层工会入会，和其他会员一样参加。

          **退休的李师傅**　👍 27

          退休的老会员还能领吗？

          > 作者回复：本次活动面向在职会员，退休会员不在范围内，6月区总工会将另行组织退休职工观影。

          **小张不加班**　👍 9

          家属能一起去看吗？

          > 作者回复：本次观影只限会员本人，家属不在范围内。下半年区总工会将另行组织会员家属观影，届时另行通知。

          **江城影城**　👍 5

          欢迎大家来看电影！

          > 作者回复：两家影院的地址详见正文第二部分。

          **一只猫**　👍 3

          👍👍
          """);

  @Test
  void commentsAreCountedAndAskedByPosition() {
    assertThat(POST.answer("精选留言一共有几条").text()).contains("六", "夏天的风", "老王在工地", "一只猫");
    assertThat(POST.answer("第一条留言是谁写的").text()).contains("夏天的风");
    assertThat(POST.answer("最后一条留言是谁写的").text()).contains("一只猫");
  }

  @Test
  void thePostsBodyIsAskedOfAsItsMainText() {
    // 正文 points at the post above its comments, as 文中 and 通知 point at a notice; the reply that
    // says 详见正文第二部分 only names the part
    assertThat(POST.answer("正文第一部分讲什么").text()).contains("谁可以参加");
    assertThat(POST.answer("正文第二部分是什么").text()).contains("在哪里看");
  }

  @Test
  void aCommenterIsAskedOfByName() {
    assertThat(POST.answer("老王在工地问了什么").text()).contains("外包公司");
    assertThat(POST.answer("作者怎么回复老王在工地的").text()).contains("只要在江城区基层工会入会");
    // a condition (只要…) is said with what follows from it
    assertThat(POST.answer("外包职工能参加吗").text()).contains("和其他会员一样参加");
    // and a yes or no with the clause that decides it, before what the question's words find
    assertThat(POST.answer("退休职工能参加吗").text()).contains("退休会员不在范围内");
    assertThat(POST.answer("谁问了外包公司的能不能去").text()).contains("老王在工地");
    // and when the verdict is the sentence before the one the words find, in the same reply
    assertThat(POST.answer("会员家属能观影吗").text()).contains("家属不在范围内");
  }

  @Test
  void aNicknameThePostItselfSaysNamesNoComment() {
    assertThat(POST.answer("江城影城在哪里").text()).contains("人民路8号");
  }

  @Test
  void aReadersGuessIsNotThePostsWord() {
    // the reader's 5000 is in their comment only; the reply and the post say 2000
    assertThat(POST.answer("夏天的风说名额有5000个对吗").text()).contains("2000个");
    assertThat(POST.answer("几号开始预约").text()).contains("5月15日");
    assertThat(POST.answer("一共多少个名额").text()).contains("2000").doesNotContain("5000");
  }

  @Test
  void aListALabelIntroducesIsCountedAndAskedByPosition() {
    assertThat(POST.answer("有几家定点影院").text()).contains("两家", "江城影城", "东湖影城");
    assertThat(POST.answer("第二家定点影院是哪家").text()).contains("东湖影城");
  }

  @Test
  void aChangeFromLastYearIsNoCountOfTheWhole() {
    assertThat(POST.answer("东湖影城名额多少").text()).contains("100个");
  }
}
