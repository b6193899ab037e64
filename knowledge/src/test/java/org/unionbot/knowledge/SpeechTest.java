package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A leader's speech as a union publishes it: who gave it and when under its title, the points it
 * announces (我讲三点意见) as its headings, and its tasks numbered in words (第一，…第二，…).
 */
class SpeechTest {

  private static final String SPEECH =
      """
      在全市工会“职工书屋”建设推进会上的讲话
      市总工会党组书记、常务副主席　邵明远　（2027年3月16日）

      同志们：

      今天，我们召开全市工会“职工书屋”建设推进会，主要任务是总结2026年职工书屋建设工作，安排部署今年的重点任务。刚才，三家单位作了交流发言，讲得很实在，各有特色，值得大家学习借鉴。

      下面，我讲三点意见。

      一、看清成绩，正视差距，切实增强做好书屋工作的责任感
      过去一年，全市新建职工书屋126家，累计借阅图书21万人次。
      同时也要看到，全市职工书屋建设还存在不平衡、不充分的问题。从区域看，发展不平衡。主城三区共有书屋397家。从使用看，作用发挥不充分。有31家书屋全年借阅不足100人次。从内容看，图书更新不及时。

      二、聚焦重点，精准发力，推动职工书屋从“有没有”向“好不好”转变
      今年是全市职工书屋提质增效年，重点要抓好四项任务。
      第一，扩大覆盖面。今年全市要新建职工书屋不少于100家。
      第二，加快图书更新。每家书屋今年新增图书不少于200册。
      第三，用好数字平台。年底前注册用户达到10万人。
      第四，办好阅读活动。4月23日世界读书日，市总工会将启动职工共读活动。

      三、压实责任，强化保障，确保各项任务落地见效
      下面我再强调几点。一是责任要到位。各级工会主席是第一责任人。二是管理要规范。书屋要建立借阅登记制度。三是考核要从严。市总工会将把书屋工作纳入年度考核。

      谢谢大家！
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("speech", Optional.empty(), SPEECH)));

  /** The speech beside the bundled notice, as an admin adds it. */
  private static final KnowledgeBase BESIDE =
      KnowledgeBase.of(
          List.of(
              KnowledgeBase.bundledNotice(), new NoticeText("speech", Optional.empty(), SPEECH)));

  @Test
  void theLineUnderTheTitleSaysWhoGaveItAndWhen() {
    assertThat(KB.answer("讲话人是谁").text()).contains("邵明远");
    assertThat(KB.answer("讲话日期").text()).contains("2027年3月16日");
    assertThat(KB.answer("这篇讲话是哪天讲的").text()).contains("2027年3月16日");
  }

  @Test
  void thePointsItAnnouncesAreItsHeadings() {
    // 几点意见 counts points, it asks no clock time
    assertThat(KB.answer("讲话一共讲了几点意见").text()).contains("三点意见");
    assertThat(KB.answer("讲话人讲了哪几点意见").text())
        .contains("看清成绩", "聚焦重点", "压实责任")
        .doesNotContain("通知");
    assertThat(KB.answer("第二点意见是什么").text()).contains("聚焦重点，精准发力").contains("第二点意见");
    assertThat(KB.answer("讲话分几部分").text()).contains("三个部分，即三点意见");
    // three units are no three points
    assertThat(KB.answer("几家单位作了交流发言").text()).doesNotContain("看清成绩");
  }

  @Test
  void theSpeakersPostIsWhatTheBylineSaysBeforeTheName() {
    assertThat(KB.answer("邵明远担任什么职务").text()).contains("市总工会党组书记、常务副主席");
    assertThat(KB.answer("邵明远是什么职务").text()).contains("市总工会党组书记、常务副主席");
  }

  @Test
  void aPlaceAmongTheThingsNamedBeforeIt() {
    // what 的 joins to the ordinal is what is counted: the 四项任务, not the part's paragraphs
    assertThat(KB.answer("重点任务的第三项是什么").text()).contains("用好数字平台");
    assertThat(KB.answer("重点任务的倒数第二项是什么").text()).contains("用好数字平台");
  }

  @Test
  void besideAnotherNoticeAQuestionThatNamesTheSpeechIsOfTheSpeech() {
    assertThat(BESIDE.answer("讲话人是谁").text()).contains("邵明远").doesNotContain("张兆领");
    assertThat(BESIDE.answer("讲话分几部分").text()).contains("三个部分，即三点意见");
    assertThat(BESIDE.answer("讲话最后一句是什么").text()).contains("谢谢大家").doesNotContain("盐城");
  }

  @Test
  void howSomethingIsJudgedIsWhatTheSentenceGoesOnToSay() {
    assertThat(KB.answer("讲话人怎么评价交流发言").text()).contains("讲得很实在");
  }

  @Test
  void theFirstAndLastSentenceAreAskedByTheirPlace() {
    assertThat(KB.answer("讲话最后一句是什么").text()).contains("谢谢大家");
    assertThat(KB.answer("讲话开头第一句是什么").text()).contains("今天，我们召开全市工会");
  }

  @Test
  void tasksNumberedInWordsAreTheItemsTheSentenceBeforeCounts() {
    assertThat(KB.answer("第一项任务是什么").text()).contains("扩大覆盖面");
    assertThat(KB.answer("第二项重点任务是什么").text()).contains("加快图书更新");
    assertThat(KB.answer("最后一项任务是什么").text()).contains("办好阅读活动");
    // what the counting sentence says besides is no item of the list
    assertThat(KB.answer("今年是全市职工书屋的什么年").text()).contains("提质增效年");
  }

  @Test
  void theAspectsASentenceGoesOnToTakeAreItsList() {
    assertThat(KB.answer("存在的问题有哪些").text()).contains("发展不平衡", "作用发挥不充分", "图书更新不及时");
    assertThat(KB.answer("存在的第一个问题是什么").text()).contains("发展不平衡").doesNotContain("图书更新");
    assertThat(KB.answer("存在的最后一个问题是什么").text()).contains("图书更新不及时");
  }

  @Test
  void pointsStressedWithoutTheirNumberAreTheOnesNumberedAfter() {
    assertThat(KB.answer("强调的第一点是什么").text()).contains("责任要到位");
    assertThat(KB.answer("强调的最后一点是什么").text()).contains("考核要从严");
  }
}
