package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A competition's results announcement: prize lines labelled with a count in brackets, a part per
 * trade whose heading gives its entrants in brackets over lines labelled by rank, and a sentence
 * that says who was the youngest after naming him.
 */
class ResultsAnnouncementTest {

  private static final String RESULTS =
      """
      关于第二届“青禾工匠杯”职业技能竞赛获奖情况的通报

      各乡镇总工会，县直各单位工会：

      第二届“青禾工匠杯”职业技能竞赛于2027年8月在县职业中专举行，共有来自全县31家单位的186名职工参赛。各工种比赛均分理论知识考试和实际操作考核两部分。现将获奖情况通报如下：

      一、团体奖

      团体奖按各单位参赛选手总成绩排名评定。

      一等奖（1个）：青禾县供电有限公司

      二等奖（3个）：青禾县自来水有限公司、青禾县公共交通集团有限公司、青禾县粮油储备中心有限公司

      三等奖（3个）：青禾县燃气有限公司、青禾县环卫有限公司、青禾县建筑安装有限公司

      二、个人奖

      各工种评出第一名、第二名、第三名各1名。

      （一）电工（参赛58人）
      第一名：舒建国（青禾县供电有限公司）96.5分
      第二名：蓝海峰（青禾县自来水有限公司）94.0分
      第三名：祁小满（青禾县公交有限公司）92.5分

      （二）焊工（参赛42人）
      第一名：韦东来（青禾县公交有限公司）95.0分
      第二名：闵家树（青禾县供电有限公司）93.5分
      第三名：庞一帆（青禾县自来水有限公司）90.5分

      其中，焊工第三名庞一帆年仅21岁，是本届年龄最小的获奖选手。

      青禾县总工会
      2027年9月20日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("results", Optional.empty(), RESULTS)));

  @Test
  void aRankUnderTheTradeItNamesIsTheLineAsked() {
    assertThat(KB.answer("电工比赛第二名是谁").text()).contains("蓝海峰");
    assertThat(KB.answer("焊工第三名是谁").text()).contains("庞一帆");
  }

  @Test
  void theTradesAreTheItemsOfAPartThatGivesEachOfThem() {
    assertThat(KB.answer("个人奖第一个工种是什么").text()).contains("电工");
    assertThat(KB.answer("个人奖最后一个工种是什么").text()).contains("焊工");
  }

  @Test
  void aCountInAHeadingsBracketsAnswersHowMany() {
    assertThat(KB.answer("焊工有多少人参赛").text()).contains("42人");
    assertThat(KB.answer("电工有多少人参赛").text()).contains("58人");
  }

  @Test
  void whatASentenceSaysWithIsComesWithWhomItSaysItOf() {
    assertThat(KB.answer("年龄最小的获奖选手是谁").text()).contains("庞一帆");
  }

  @Test
  void aPrizeLineLabelledWithACountInBracketsIsALineOfItsOwn() {
    assertThat(KB.answer("青禾县自来水有限公司得了团体什么奖").text()).contains("二等奖").doesNotContain("三等奖");
    assertThat(KB.answer("团体三等奖有哪些单位").text())
        .contains("青禾县燃气有限公司", "青禾县建筑安装有限公司")
        .doesNotContain("青禾县自来水有限公司");
  }

  @Test
  void withSeveralNoticesAHeadingsCountSaysWhichNoticeGivesIt() {
    KnowledgeBase both =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(),
                new NoticeText("results", Optional.empty(), RESULTS)));
    assertThat(both.answer("焊工有多少人参赛").text()).startsWith("焊工：参赛42人。").contains("——摘自《");
  }

  @Test
  void anAnswerThatNamesNoBodyIsNoSureAnswerToWhichBodies() {
    KnowledgeBase withRewards =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "results",
                    Optional.empty(),
                    RESULTS.replace(
                        "青禾县总工会\n2027年9月20日",
                        "三、奖励办法\n\n团体一等奖、二等奖、三等奖单位分别奖励2万元、1.5万元、1万元。\n\n"
                            + "青禾县总工会\n2027年9月20日"))));
    // the prize rule says 团体一等奖 word for word, but of money, not of who won it
    Answer a = withRewards.answer("团体一等奖是哪些单位");
    assertThat(a.text().contains("青禾县供电有限公司") || a.lowConfidence()).isTrue();
  }
}
