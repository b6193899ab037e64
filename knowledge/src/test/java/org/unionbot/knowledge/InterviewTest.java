package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An interview article: a byline of reporter and correspondent, then turns labelled 记者： and the
 * interviewee's name; each question the reporter asks heads the answer after it.
 */
class InterviewTest {

  private static final String INTERVIEW =
      """
      让户外劳动者“累了有地歇”
      ——访岚港市总工会副主席贺春燕

      记者　温子航　　通讯员　蒋一帆
      来源：岚港工会网　　2027-06-14 09:30

      6月12日上午，几名环卫工人正在站里歇脚。“现在有空调、有热水，舒服多了。”环卫工人周树根笑着对记者说。记者在这里见到了前来调研的贺春燕，对她进行了专访。

      记者：全市的户外劳动者服务站现在建得怎么样了？

      贺春燕：截至今年5月底，全市已经建成户外劳动者服务站386个，其中今年新建的有62个。说白了，就是让在外头跑的职工，走上一刻钟就能找到一个歇脚的地方。

      记者：采访前，记者用手机查了一下，单位附近1公里内就有3个驿站。职工怎么才能快速找到离自己最近的站点？

      贺春燕：最方便的就是用手机，搜“岚港职工之家”小程序，点首页的“驿站地图”。

      记者：这么多站点，钱从哪里来？

      贺春燕：经费主要分三块：市总工会对每个新建站点一次性补助2万元，每年再按每站3000元拨付运行经费；各区县总工会按1:1配套；场地、水电则由共建单位提供。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("interview", Optional.empty(), INTERVIEW)));

  @Test
  void theBylineNamesReporterAndCorrespondent() {
    assertThat(KB.answer("记者是谁").text()).contains("温子航");
    assertThat(KB.answer("通讯员是谁").text()).contains("蒋一帆");
  }

  @Test
  void theReportersQuestionsAreCountedInOrder() {
    assertThat(KB.answer("记者问的第二个问题是什么").text()).contains("快速找到离自己最近的站点");
    assertThat(KB.answer("记者一共问了几个问题").text()).contains("三个问题", "钱从哪里来").doesNotContain("？；", "？。");
  }

  @Test
  void aQuestionAboutTheReporterIsNoQuestionOfWhoWroteIt() {
    assertThat(KB.answer("记者单位附近1公里内有几个驿站").text()).contains("3个驿站");
  }

  @Test
  void eachAnswerIsUnderTheQuestionItAnswers() {
    assertThat(KB.answer("站点的钱从哪里来").text()).contains("2万元").contains("这么多站点，钱从哪里来？");
  }

  @Test
  void whoSaidAQuoteIsWhoTheArticleSaysSaidIt() {
    // beside the quote, or the turn it is in
    assertThat(KB.answer("“现在有空调、有热水”是谁说的").text()).contains("周树根");
    assertThat(KB.answer("“说白了，就是让在外头跑的职工走上一刻钟就能找到歇脚的地方”是谁说的").text()).contains("贺春燕");
  }

  @Test
  void whatWasLookedIntoComesWithWhatWasFound() {
    assertThat(KB.answer("记者采访前用手机查到了什么").text()).contains("1公里内就有3个驿站");
  }

  @Test
  void partsASentenceCountsComeWithIt() {
    // 分三块： over three parts, one sentence each
    assertThat(KB.answer("站点经费从哪里来").text()).contains("2万元", "1:1配套", "共建单位");
  }

  /** The interview beside a news report of its own byline, as when an admin adds it. */
  private static final KnowledgeBase BESIDE =
      KnowledgeBase.of(
          List.of(
              new NoticeText(
                  "report",
                  Optional.empty(),
                  """
                  市总工会举办职工读书分享会

                  记者 张兆领

                  11月14日上午，市总工会在职工书屋举办读书分享会，80名职工参加。
                  """),
              new NoticeText("interview", Optional.empty(), INTERVIEW)));

  @Test
  void besideAnotherNoticeTheInterviewStillCountsItsQuestions() {
    assertThat(BESIDE.answer("记者问的第二个问题是什么").text()).contains("快速找到离自己最近的站点");
    assertThat(BESIDE.answer("通讯员是谁").text()).contains("通讯员：蒋一帆");
  }
}
