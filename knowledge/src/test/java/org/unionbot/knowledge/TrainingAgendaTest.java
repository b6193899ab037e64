package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A training-class notice with its agenda day by day: a line with the day, then a line for each
 * part of it that opens with its time, some without the 上午/下午 they are in.
 */
class TrainingAgendaTest {

  private static final String NOTICE =
      """
      关于举办2027年全市基层工会主席培训班的通知

      各区（县）总工会：

      一、培训时间和地点
      2027年6月9日至11日，在市职工培训中心三楼报告厅举行。

      二、日程安排
      具体日程安排如下（如有调整，另行通知）：

      6月9日（星期三）
      上午　8:30—9:00　开班仪式　主持：市总工会组织部部长　邵卫东
      　　　9:00—11:30　专题讲座：《深入学习贯彻中国工会十八大精神》　主讲：中共棠溪市委党校　何明远教授
      下午　14:30—17:00　专题讲座：《〈中华人民共和国工会法〉解读》　主讲：棠溪大学法学院　林佩珊教授

      6月10日（星期四）
      上午　8:30—11:30　专题讲座：《工会经费收支管理与审计监督》　主讲：市总工会财务部副部长　钟立群
      下午　13:30—17:00　现场教学：参观棠溪钢铁集团有限公司职工书屋（13:00在宾馆门口集合）

      6月11日（星期五）
      上午　8:30—10:30　专题讲座：《劳动争议调解实务与职工维权》　主讲：棠溪天衡律师事务所　孟庆华律师
      　　　10:45—11:45　结业考试（闭卷，满分100分，60分以上为合格）

      三、有关要求
      学员须全程参加培训，原则上不得请假。

      附件：2027年全市基层工会主席培训班回执

      棠溪市总工会
      2027年5月18日

      附件

      2027年全市基层工会主席培训班回执

      推荐单位（盖章）：　　　　　　　　填表人：　　　　　　联系电话：
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("agenda", Optional.empty(), NOTICE)));

  @Test
  void theNoticeIsSignedAboveTheAttachmentsOwnText() {
    assertThat(KB.answer("落款日期").text()).contains("2027年5月18日");
    assertThat(KB.answer("发文单位是哪个").text()).contains("棠溪市总工会");
  }

  @Test
  void eachLineOfTheAgendaSaysItsDay() {
    assertThat(KB.answer("结业考试是哪一天").text()).contains("6月11日");
    assertThat(KB.answer("现场教学在哪一天").text()).contains("6月10日");
  }

  @Test
  void aLineWithoutItsPartOfTheDayIsInTheOneAboveIt() {
    assertThat(KB.answer("何明远的讲座在什么时间").text()).contains("上午", "9:00—11:30");
  }

  @Test
  void noLineOfTheAgendaRunsIntoTheNext() {
    // each line its own paragraph, not one paragraph of all the days
    String answer = KB.answer("6月10日上午的专题讲座讲什么").text();
    assertThat(answer).contains("工会经费收支管理与审计监督").doesNotContain("孟庆华", "现场教学");
  }

  @Test
  void aLectureByItsPlaceIsCountedAmongTheLecturesOnly() {
    // 开班仪式 comes first and 现场教学 between: neither is a lecture
    assertThat(KB.answer("第一场讲座由谁主讲").text()).contains("何明远").doesNotContain("邵卫东");
    assertThat(KB.answer("第三场讲座由谁主讲").text()).contains("钟立群");
    assertThat(KB.answer("最后一场专题讲座是什么").text()).contains("劳动争议调解实务与职工维权");
    assertThat(KB.answer("第五场讲座是什么").text()).contains("共有四场讲座");
  }

  @Test
  void theAddresseesAreAskedAsTheNoticesMainRecipients() {
    assertThat(KB.answer("通知的主送单位有哪些").text()).contains("各区（县）总工会");
  }

  @Test
  void anAttachmentNamedIsSaidByItsNumber() {
    assertThat(KB.answer("回执是第几个附件").text()).contains("回执是附件1");
  }
}
