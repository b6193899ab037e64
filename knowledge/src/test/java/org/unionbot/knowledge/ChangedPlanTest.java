package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A notice that changes what an earlier one planned (原定…，现调整为…): a question is of what holds now,
 * unless it asks what was planned before.
 */
class ChangedPlanTest {

  private static final String CHANGES =
      """
      关于调整全市职工篮球赛有关事项的补充通知

      各区总工会：

      因原定比赛场馆市体育中心东馆4月份进行维修，无法如期使用，经研究，决定对比赛有关事项作如下调整：

      一、比赛时间
      原定于2027年4月10日上午9:00开赛，现调整为2027年4月24日下午14:00开赛。

      二、比赛地点
      原定在市体育中心东馆，现调整为市职工文化中心体育馆（建设路20号）。

      三、报名截止时间
      原定3月20日前报名，现延长至4月2日17:00前。

      四、抽签安排
      原定4月9日、10日两天集中抽签，现调整为分三个阶段进行：

      （一）资格审查
      4月12日在市总工会宣教部进行。

      （二）分组抽签
      4月16日下午在市职工文化中心进行。

      （三）赛前适应训练
      4月22日全天在比赛场馆进行。

      五、其他事项不变
      比赛主题仍为“强健体魄　快乐工作”，其他事项按原通知执行。

      联系人：市总工会宣教部　王丽华　0571-8801234
      　　　　市职工文化中心　赵国强　0571-8805678（负责场地安排）

      江城市总工会
      2027年3月15日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("changes", Optional.empty(), CHANGES)));

  private static String said(String question) {
    return KB.answer(question).text().split("——摘自")[0];
  }

  @Test
  void thePartsASentenceSaysFollowAreAskedByPosition() {
    assertThat(said("抽签第二阶段是什么")).contains("分组抽签").doesNotContain("资格审查");
    assertThat(said("抽签有哪几个阶段")).contains("资格审查", "分组抽签", "赛前适应训练");
  }

  @Test
  void whatHoldsNowIsWhatTheChangeSays() {
    assertThat(said("比赛几点开赛")).contains("下午14:00").doesNotContain("上午9:00");
    // a short sentence is quoted whole: the plan with what replaced it
    assertThat(said("报名截止到什么时候")).contains("现延长至4月2日17:00前");
  }

  @Test
  void aSloganOfTwoHalvesIsQuotedWithTheSpaceThatDividesThem() {
    assertThat(said("比赛主题是什么")).contains("“强健体魄　快乐工作”");
  }

  @Test
  void aSecondContactIndentedUnderTheFirstIsAContactNotAPhotoCaption() {
    String reply = KB.answer("场地安排找谁").text();

    assertThat(reply).contains("赵国强", "0571-8805678").doesNotContain("图片说明");
  }

  @Test
  void aContactIndentedUnderTheFirstIsTheSecondContact() {
    assertThat(said("联系人是谁")).contains("王丽华", "0571-8801234", "赵国强", "0571-8805678");
  }

  @Test
  void whereItIsHeldAskedWithNoOtherWordIsThePartThatSaysWhere() {
    KnowledgeBase fair =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "fair",
                    Optional.empty(),
                    """
                    杭州市职工招聘会公告

                    为帮助杭州市职工就业，杭州市总工会举办专场招聘会。

                    一、活动时间
                    2027年3月6日上午9:00至12:00。

                    二、活动地点
                    市工人文化宫二楼展览大厅（建设北路118号）。

                    三、参会企业
                    杭州精工机械有限公司、杭州顺达物流有限公司等20家企业。
                    """)));

    assertThat(fair.answer("在哪儿办").text()).contains("市工人文化宫二楼展览大厅").doesNotContain("通知说的是");
  }

  @Test
  void whereItIsHeldIsTheNewPlaceNotTheOneBeingRepaired() {
    assertThat(said("比赛在哪里举行")).contains("市职工文化中心体育馆").doesNotContain("维修");
  }

  @Test
  void aLaterSentenceThatMovesADeadlineIsWhatHoldsNow() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            关于开展2027年职工书画作品征集活动的通知

            一、征集时间
            作品报送截止时间为6月10日17:00，逾期不再受理。

            二、报送方式
            各单位工会统一报送至区职工文化宫二楼。

            三、补充说明
            应部分单位要求，报送截止延长到6月17日17:00。
            """);
    assertThat(kb.answer("作品报送截止时间是什么时候").text()).contains("6月17日");
    assertThat(kb.answer("原来的截止时间是什么时候").text()).contains("6月10日");
  }
}
