package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Paragraph;

/**
 * Notices as admins paste them from a conversation: a WeChat group's chat export, whose messages
 * end where their writers stopped, and an e-mail thread, newest message first, over the notice the
 * replies change. A later word that changes an earlier one answers.
 */
class MessageThreadTest {

  private static final String CHAT =
      """
      江畔区职工登山活动群

      江畔区总工会-林老师 2027/9/1 09:00
      【群公告】@所有人
      一、活动时间：2027年9月18日（星期六）上午8时集合。
      二、集合地点：翠屏山景区北门广场，终点为山顶观景台。
      三、报名方式：各单位工会统一报名，报名截止时间为9月10日17:00。

      红星机械-老周 2027/9/1 09:30
      我们厂能报几个人

      江畔区总工会-林老师 2027/9/1 09:41
      每家最多8人，人多的单位在群里说一声就行

      红星机械-老周 2027/9/1 09:43
      好的收到

      江畔区总工会-林老师 2027/9/3 10:00
      @所有人 更正一下：集合时间改为7:30，请大家互相转告

      江畔区总工会-林老师 2027/9/5 15:20
      山顶步道维修，终点改为半山腰揽月亭

      江畔区总工会-林老师 2027/9/8 16:00
      好几家单位名单没报齐，报名截止延长到9月13日中午12点
      """;

  private static final String MAIL =
      """
      发件人：宋雨桐 <songyt@lhzgh.org>
      发送时间：2027年10月12日 星期二 15:10
      收件人：各区总工会
      主题：回复：回复：关于举办2027年职工法律讲座的通知
      附件：讲座安排表（10月12日更新）.xlsx

      各位同事：

      现对讲座安排调整如下，请以本邮件为准：

      1.第三场由10月28日改至10月29日（星期五），时间和地点不变。
      2.新增第五场：11月9日（星期二）14:30，在临河区职工服务中心二楼报告厅举办，主讲人韩律师。

      宋雨桐
      临河市总工会法律工作部

      -----原始邮件-----
      发件人：周立群 <zhoulq@dongshan.org>
      发送时间：2027年10月9日 星期六 10:20
      收件人：宋雨桐 <songyt@lhzgh.org>
      主题：回复：关于举办2027年职工法律讲座的通知

      雨桐你好：
      > 第二场在我区职工之家，
      > 能否换到大一点的场地？
      第二场改在东山区文化中心三楼剧场，日期和时间不变。

      周立群

      ------------------ Original ------------------
      发件人：宋雨桐 <songyt@lhzgh.org>
      发送时间：2027年10月8日 星期五 09:00
      收件人：各区总工会
      主题：关于举办2027年职工法律讲座的通知
      附件：1.讲座安排表.xlsx  2.报名回执.docx

      各区总工会：

      为增强职工法律意识，市总工会决定举办职工法律讲座。现将有关事项通知如下：

      一、讲座安排
      本次共安排四场：
      第一场：10月14日（星期四）14:30，西城区职工服务中心报告厅；
      第二场：10月21日（星期四）14:30，东山区职工之家二楼会议室；
      第三场：10月28日（星期四）14:30，南湖区工人文化宫多功能厅；
      第四场：11月4日（星期四）14:30，北岸区总工会一楼会议室。

      二、报名方式
      请于10月12日前将报名回执发送至fl@lhzgh.org。

      临河市总工会
      2027年10月8日

      --
      宋雨桐
      临河市总工会法律工作部
      手机：139 1234 5678
      本邮件含有保密信息，如果您错收了本邮件，请立即删除。
      """;

  private static final KnowledgeBase CHAT_KB = QaSet.knowledgeBaseOf(CHAT);

  private static final KnowledgeBase MAIL_KB = QaSet.knowledgeBaseOf(MAIL);

  @Test
  void aChatMessageNeverRunsIntoTheNextOnesSender() {
    Notice n = new NoticeParser().parse("c", CHAT, Optional.empty());
    assertThat(n.sections().stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text))
        .contains("每家最多8人，人多的单位在群里说一声就行", "红星机械-老周 2027/9/1 09:43")
        .noneMatch(text -> text.contains("就行红星机械"));
    assertThat(n.captions()).isEmpty();
  }

  @Test
  void aLaterMessageThatChangesTheGroupNoticeAnswers() {
    assertThat(CHAT_KB.answer("几点集合").text()).contains("7:30");
    assertThat(CHAT_KB.answer("终点在哪里").text()).contains("半山腰揽月亭");
    assertThat(CHAT_KB.answer("报名什么时候截止").text()).contains("9月13日");
  }

  @Test
  void anEmailThreadIsTitledBySubjectAndSignedByTheOriginalNotice() {
    Notice n = new NoticeParser().parse("m", MAIL, Optional.empty());
    assertThat(n.title()).isEqualTo("关于举办2027年职工法律讲座的通知");
    assertThat(n.issuer()).contains("临河市总工会");
    assertThat(n.dateline()).contains("2027年10月8日");
    assertThat(n.addressee()).contains("各区总工会");
    assertThat(n.attachments()).containsExactly("讲座安排表.xlsx", "报名回执.docx");
    // a quoted question over two lines is one
    assertThat(n.sections().stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text))
        .contains("第二场在我区职工之家，能否换到大一点的场地？");
  }

  @Test
  void aReplyAboveTheNoticeChangesWhatItChanges() {
    assertThat(MAIL_KB.answer("第三场讲座是哪天").text()).contains("10月29日");
    assertThat(MAIL_KB.answer("第二场在哪里").text()).contains("东山区文化中心三楼剧场");
    assertThat(MAIL_KB.answer("第五场的主讲人是谁").text()).contains("韩律师");
    // what was planned is asked apart, and both together
    assertThat(MAIL_KB.answer("第二场原定在哪里").text()).contains("东山区职工之家二楼会议室").doesNotContain("文化中心");
    assertThat(MAIL_KB.answer("第三场原定和现在分别是哪天").text()).contains("10月28日", "10月29日");
    // a change of one thing is no answer of another of the same part
    assertThat(MAIL_KB.answer("第三场在哪里").text()).contains("南湖区工人文化宫多功能厅");
    assertThat(MAIL_KB.answer("第一场是哪天").text()).contains("10月14日");
  }

  @Test
  void whoSentAMessageAndWhenAreAskedByWhatItSaysOrWhenItCame() {
    assertThat(CHAT_KB.answer("群公告是谁发的").text()).contains("江畔区总工会-林老师");
    assertThat(CHAT_KB.answer("更正是哪天发的").text()).contains("2027/9/3 10:00");
    assertThat(CHAT_KB.answer("老周是哪个单位的").text()).contains("红星机械");
    assertThat(MAIL_KB.answer("最新一封邮件是什么时候发的").text()).contains("2027年10月12日 星期二 15:10");
    assertThat(MAIL_KB.answer("原始通知是哪天发的").text()).contains("2027年10月8日");
    assertThat(MAIL_KB.answer("换场地的邮件是谁发的").text()).contains("周立群");
    assertThat(MAIL_KB.answer("宋雨桐是哪个部门的").text()).contains("临河市总工会法律工作部");
  }

  @Test
  void whoSentAMessageNamesTheThreadBesideAnotherNotice() {
    KnowledgeBase both =
        KnowledgeBase.of(
            java.util.List.of(
                KnowledgeBase.bundledNotice(), new NoticeText("chat", Optional.empty(), CHAT)));
    assertThat(both.answer("群公告是谁发的").text()).contains("江畔区总工会-林老师", "——摘自《江畔区职工登山活动群》");
  }

  @Test
  void aChangeOnAConditionChangesNothing() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            关于举办职工健步走活动的通知

            一、活动时间：2027年5月15日（星期六）上午8时。
            二、其他：遇到大雨天气，活动顺延到5月22日（星期六）。
            """);
    assertThat(kb.answer("健步走是哪天").text()).contains("5月15日");
  }
}
