package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A notice with a scoring table whose first column groups the rows under it (its cell left empty on
 * the rows after the first, as a merged cell is pasted), under parts it numbers 一、二、.
 */
class ScoringRubricTest {

  private static final String RUBRIC =
      """
      # 关于开展2027年度职工书屋示范点评选的通知

      ## 一、评选范围

      全市已建立工会组织的企事业单位均可申报，每个单位限报1个。

      ## 二、评分标准

      评审实行百分制，由评审组对照下表打分：

      | 一级指标 | 二级指标 | 评分要点 | 分值 |
      | --- | --- | --- | --- |
      | 阵地建设（40分） | 场地面积 | 面积不少于60平方米 | 20 |
      |  | 藏书数量 | 纸质图书不少于3000册 | 20 |
      | 活动开展（60分） | 读书活动 | 每季度不少于1次 | 30 |
      |  | 借阅服务 | 每周开放不少于3天 | 30 |

      ## 三、申报时间

      请于2027年5月31日前报市总工会宣传教育部。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("rubric", Optional.empty(), RUBRIC)));

  private static String said(String question) {
    return KB.answer(question).text().split("——摘自")[0];
  }

  @Test
  void aRowUnderAMergedCellIsOfItsGroup() {
    assertThat(said("借阅服务属于哪一类")).contains("活动开展（60分）");
    assertThat(said("藏书数量是哪个一级指标下的")).contains("阵地建设（40分）");
  }

  @Test
  void aRowsScoreIsTheOneItsColumnGivesNotItsGroups() {
    assertThat(said("场地面积多少分")).contains("分值为20");
    assertThat(said("借阅服务几分")).contains("分值为30");
  }

  @Test
  void partsAreSaidAsTheNoticeNumbersThem() {
    assertThat(said("第二部分是什么")).contains("二、评分标准");
    assertThat(said("通知分几个部分")).contains("一、评选范围；二、评分标准；三、申报时间");
  }

  @Test
  void thePartBesideANamedPartIsTheOneAfterOrBeforeIt() {
    assertThat(said("评分标准后面是哪部分")).contains("第三部分").contains("三、申报时间");
    assertThat(said("评分标准前面是哪一部分")).contains("一、评选范围");
    assertThat(said("评选范围前面是哪部分")).contains("第一部分").contains("前面没有");
  }

  @Test
  void besideAnotherNoticeThePartItNamesTellsWhichNoticeItIsOf() {
    String other =
        """
        关于开展职工读书月活动的通知

        一、活动时间
        2027年4月1日至4月30日。

        二、活动内容
        开展好书推荐和读书分享会。
        """;
    KnowledgeBase both =
        KnowledgeBase.of(
            List.of(
                new NoticeText("rubric", Optional.empty(), RUBRIC),
                new NoticeText("reading", Optional.empty(), other)));
    assertThat(both.answer("评分标准后面是哪部分").text()).contains("三、申报时间");
    assertThat(both.answer("活动时间后面是哪部分").text()).contains("二、活动内容");
  }
}
