package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A directory as a table whose first column only numbers its rows: the rows are named by the first
 * column after it whose cells all differ (站点名称, not 所在区县, which repeats), and a cell is one clause
 * of its row, whatever marks it holds. Which rows have what a question names are listed by name.
 */
class StationDirectoryTest {

  private static final String DIRECTORY =
      """
      # 2027年江城市户外劳动者爱心驿站名录

      全市共建成爱心驿站3个，免费提供饮水、热饭、充电、休息等服务。

      ## 站点名录

      | 序号 | 所在区县 | 站点名称 | 详细地址 | 开放时间 | 联系电话 |
      | --- | --- | --- | --- | --- | --- |
      | 1 | 东湖区 | 青石街道爱心驿站 | 青石路12号街道办事处一楼 | 24小时 | 0571-5210086 |
      | 2 | 东湖区 | 青石社区爱心驿站 | 和平巷6号社区党群服务中心 | 7:00-21:00 | 0571-5210068 |
      | 3 | 西岭区 | 西岭公交枢纽司机之家 | 西岭公交枢纽站二楼 | 周一至周五7:00-20:00；周六、周日9:00-17:00 | 0571-7261515 |

      江城市总工会
      2027年3月20日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("stations", Optional.empty(), DIRECTORY)));

  private static String said(String question) {
    return KB.answer(question).text().split("——摘自")[0];
  }

  @Test
  void aRowIsNamedByItsColumnOfNamesAndAnswersWithTheCellAsked() {
    assertThat(said("青石街道爱心驿站在哪里")).contains("青石路12号").doesNotContain("和平巷");
    assertThat(said("0571-7261515是哪个驿站")).contains("西岭公交枢纽司机之家");
  }

  @Test
  void whichRowsHaveWhatTheQuestionNamesAreListedByName() {
    assertThat(said("东湖区有哪些驿站")).contains("青石街道爱心驿站", "青石社区爱心驿站").doesNotContain("西岭");
    assertThat(said("西岭区有几个站点")).contains("1个", "西岭公交枢纽司机之家");
    // the rows that lack it are no rows a cell names
    assertThat(said("哪些站点不是24小时开放")).doesNotContain("24小时的有");
  }

  @Test
  void aRowIsAskedByItsPlaceInTheTableItsHeadingNames() {
    assertThat(said("第二个站点是哪个")).contains("青石社区爱心驿站").doesNotContain("青石街道");
    assertThat(said("最后一个站点是哪个")).contains("西岭公交枢纽司机之家");
  }

  @Test
  void aCellIsOneClauseWhateverMarksItHolds() {
    assertThat(said("西岭公交枢纽司机之家开放时间是什么")).contains("周一至周五7:00-20:00；周六、周日9:00-17:00");
  }

  @Test
  void aNumberedLineIsNamedByItsLabelWhatItsRestSays() {
    // 1. 江城市第三人民医院体检中心：… , the label longer than twelve characters, after "1. "
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            # 2027年职工健康体检须知

            ## 去哪里查

            1. 江城市第三人民医院体检中心：东湖区青枫路218号门诊楼四楼，每天限150人
            2. 西岭区中医院健康管理中心：西岭区新桥街56号二楼，每天限80人
            """);
    assertThat(kb.answer("每天限80人的是哪家").text()).contains("西岭区中医院健康管理中心");
    assertThat(kb.answer("青枫路218号是哪家机构").text()).contains("江城市第三人民医院体检中心");
  }
}
