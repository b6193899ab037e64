package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A written-exam notice: the days to print the admission ticket, an exam-room table whose rows are
 * named 考点一, 考点二, and phone lines that give their own hours.
 */
class ExamNoticeTest {

  private static final KnowledgeBase KB =
      QaSet.knowledgeBaseOf(
          """
          溪州市总工会2027年公开招聘社会化工会工作者笔试公告

          一、准考证打印
          （一）打印时间：2027年4月10日9:00至4月16日17:00。
          （二）打印方式：考生登录溪州人事考试网，自行下载准考证并用A4纸打印。

          二、考场安排
          本次笔试共设2个考点、28个考场，每个考场安排考生30人，其中第28考场安排考生26人。具体安排如下：
          考点　　　　　　　　　　　考场号　　　　　人数　　　地址及入场口
          考点一　溪州市第一中学　　第01—14考场　　420人　　兰台区学院路66号（东门入场）
          考点二　溪州职业技术学院　第15—28考场　　416人　　桂湖区文昌大道1288号（北门入场，明德楼4楼）

          三、成绩查询
          笔试成绩于2027年4月28日10:00后在溪州人事考试网公布，考生可凭身份证号码和密码查询。
          根据笔试成绩从高到低确定资格复审人选，资格复审人选名单于5月6日公布。

          四、考生须知
          严禁携带手机、智能手表、计算器等电子设备入座。考点不设物品寄存处。
          面试预计于5月22日举行，由市总工会组织实施，具体时间、地点另行通知。

          五、咨询电话
          考务咨询电话：0627-8853216（工作日上午8:30—12:00，下午14:30—17:30）
          准考证打印技术咨询电话：400-667-5180（4月10日至4月16日每天8:00—20:00）
          """);

  @Test
  void theHoursOfAPhoneLineAreWhenToCallItNotWhenItsMatterIsDone() {
    assertThat(KB.answer("准考证什么时候可以打印").text()).contains("4月10日9:00至4月16日17:00");
    assertThat(KB.answer("技术咨询电话几点能打").text()).contains("8:00—20:00");
  }

  @Test
  void aPhoneAskedOfIsTheThingNotTheNumberAsked() {
    // 手机 asks for a number only as 手机号 or 手机多少
    assertThat(KB.answer("手机能带进去吗").text()).contains("严禁携带手机");
  }

  @Test
  void aPlaceToBeGivenLaterIsWhereForNow() {
    assertThat(KB.answer("面试在哪里").text()).contains("地点另行通知");
  }

  @Test
  void twoThingsAskedAtOnceAreEachAnswered() {
    assertThat(KB.answer("考点一和考点二分别在哪").text()).contains("学院路66号", "文昌大道1288号");
    assertThat(KB.answer("考点一和考点二各有多少人").text()).contains("420人", "416人");
    assertThat(KB.answer("考务电话和技术咨询电话各是多少").text()).contains("0627-8853216", "400-667-5180");
  }

  @Test
  void aStreetAndItsNumberIsWhere() {
    // no word of the address names a kind of venue (学院, 中心): the cell of 考场号 had been taken
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            澄江市总工会笔试公告

            三、考场安排
            本次笔试共设2个考点、24个考场。具体安排如下：
            考点　　　　　　　　　　　考场号　　　　　人数　　　地址及入场口
            考点一　澄江市实验中学　　第01—12考场　　360人　　江滨区学府路18号（南门入场）
            考点二　澄江职业技术学院　第13—24考场　　360人　　新城区科教大道66号（西门入场）
            """);
    assertThat(kb.answer("考点一在哪").text()).contains("学府路18号").doesNotContain("第01—12考场");
  }

  @Test
  void aRowNamedByANumeralIsTheOneAsked() {
    assertThat(KB.answer("考点二包括哪些考场").text()).contains("第15—28考场").doesNotContain("第01—14考场");
    // the cell of 地址及入场口 is where, though its column says more than 地址
    assertThat(KB.answer("考点二在几楼").text()).contains("明德楼4楼");
  }

  @Test
  void aTablesRowsCountWhatTheyAreNamedNotWhatTheHeadingSays() {
    // 考点一, 考点二 are the rows of 「考场安排」, not its 考场: the count is the sentence's
    String reply = KB.answer("一共有多少个考场").text();
    assertThat(reply).contains("28个考场").doesNotContain("共两项");
  }
}
