package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A news report from a union's website: a byline line of labels (来源：…　作者：…　发布时间：…) in place of a
 * signature, a congress named by its number, and paragraphs that name their unit once.
 */
class NewsReportTest {

  private static final String REPORT =
      """
      学思践悟见行动——我市基层工会掀起学习市工会七大精神热潮

      来源：江城市总工会宣传部　　作者：周敏　　发布时间：2027年8月2日

      江城市工会第七次代表大会于6月18日至20日召开。大会闭幕后，全市各级工会迅速掀起学习热潮。

      7月5日，东湖区总工会举办专题宣讲会，市总工会副主席李红以《奋进新时代》为题作宣讲报告，区内职工代表180余人现场聆听。会后，区总工会组建了10人宣讲小分队，深入企业开展巡回宣讲。

      7月10日，西湖区总工会召开七大精神学习座谈会，20家企业工会主席参加。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("report", Optional.empty(), REPORT)));

  private static final KnowledgeBase ARTICLE =
      KnowledgeBase.of(
          List.of(
              new NoticeText(
                  "article",
                  Optional.empty(),
                  "# 【职工权益】年假怎么休？\n\n"
                      + "最近后台很多粉丝留言：“我刚换了工作，今年还能休年假吗？”“国庆节被叫回去上班，加班费到底怎么算？”"
                      + "今天小编请来工会法律顾问一次讲清楚。\n\n"
                      + "## 年假有几天？\n\n累计工作满1年不满10年的，年休假5天。\n\n"
                      + "## 单位不让休怎么办？\n\n"
                      + "对应休未休的年假天数，要按照职工日工资收入的300%支付年休假工资报酬。"
                      + "单位既不安排休假又不给补偿的，可以先和单位协商，也可以向单位工会反映，"
                      + "或者向当地劳动保障监察机构投诉。\n\n"
                      + "桐川工会 | 2027年9月24日\n")));

  @Test
  void aQuestionTheTextQuotesIsNoAnswer() {
    assertThat(ARTICLE.answer("刚上班半年有年假吗").text()).doesNotContain("还能休年假吗");
    assertThat(ARTICLE.answer("国庆节加班呢").text()).doesNotContain("到底怎么算");
  }

  @Test
  void timesArePercentagesAndWhereToComplainIsWhomToTurnTo() {
    assertThat(ARTICLE.answer("年假没休给几倍工资").text()).contains("300%");
    assertThat(ARTICLE.answer("单位不给补偿去哪投诉").text()).contains("劳动保障监察机构");
  }

  @Test
  void anArticleSignedAndDatedOnOneLineGivesItsAccountAndDate() {
    assertThat(ARTICLE.answer("文章哪天发的").text()).contains("2027年9月24日");
    assertThat(ARTICLE.answer("这是哪个公众号发的").text()).contains("桐川工会");
  }

  @Test
  void theBylinesLabelsGiveItsSourceAuthorAndDate() {
    assertThat(KB.answer("来源是哪").text()).contains("江城市总工会宣传部");
    assertThat(KB.answer("作者是谁").text()).contains("周敏").doesNotContain("发布时间");
    assertThat(KB.answer("哪天发的").text()).contains("2027年8月2日");
  }

  @Test
  void paragraphsThatOpenWithTheirDayAreNoSchedule() {
    assertThat(KB.answer("最后一场在哪").text()).doesNotContain("第二场是");
  }

  @Test
  void aCongressIsAskedByItsShortName() {
    assertThat(KB.answer("七大什么时候开的").text()).contains("6月18日至20日");
  }

  @Test
  void aTalkIsWhatTheReportCallsAPresentation() {
    // 讲座 → 宣讲
    assertThat(KB.answer("讲座在哪天").text()).contains("7月5日");
  }
}
