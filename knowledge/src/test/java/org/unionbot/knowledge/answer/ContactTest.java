package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.QaSet;

/** Contact questions: the whole contact line, and the kind of contact asked for. */
class ContactTest {

  private static final String NOTICE =
      """
      关于举办职工羽毛球比赛的通知

      一、报名办法
      请于3月20日前将报名表发送至邮箱ymq2027@126.com。

      二、其他事项
      比赛不收报名费。
      联系人：市总工会宣教文体部 赵宁，电话：0517-83346102；市职工文体协会 孙浩，电话：13905170246。
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(NOTICE);

  @Test
  void aContactLineThatNamesTwoPeopleIsAnsweredWhole() {
    Answer a = KB.answer("联系电话是多少");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.lowConfidence()).isFalse();
    assertThat(a.text()).contains("赵宁", "0517-83346102", "孙浩", "13905170246");
  }

  @Test
  void whyAWorkerCallsIsNotWhatTheContactIsAbout() {
    for (String q : new String[] {"有问题找谁", "不懂的问谁", "不懂找哪个人问", "有事问哪位"}) {
      Answer a = KB.answer(q);

      assertThat(a.kind()).as(q).isEqualTo(Answer.Kind.ANSWER);
      assertThat(a.text()).as(q).contains("赵宁", "孙浩").doesNotContain("邮箱");
    }
  }

  @Test
  void aPhoneQuestionIsNotAnsweredByAnEmailAddressNorTheOtherWayRound() {
    assertThat(KB.answer("报名表发到哪个邮箱").text()).contains("ymq2027@126.com");
    assertThat(KB.answer("打哪个电话").text()).contains("0517-83346102").doesNotContain("@");
  }

  @Test
  void whomToAskIsAnsweredByTheOfficeToAskWhenTheNoticeGivesNoNumber() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "职工互助保障办法\n\n第一条 会员患病住院的，按本办法给付住院保障金。\n\n"
                + "第二条 基层工会在办理过程中遇到问题，可以向市总工会权益保障部咨询。本办法自发布之日起施行。\n");

    Answer whom = kb.answer("办的时候不懂找谁问");
    assertThat(whom.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(whom.text()).contains("权益保障部咨询");
    // a number is not an office: the notice gives none
    assertThat(kb.answer("咨询电话是多少").kind()).isEqualTo(Answer.Kind.FALLBACK);
  }

  @Test
  void theNoticesContactIsNotAHotlineItAsksWorkersToCall() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "致全市职工的节水倡议书\n\n全市广大职工朋友们：\n"
                + "发现单位或公共场所的水管跑冒滴漏，请及时拨打供水服务热线96390报修。\n"
                + "活动咨询电话：0578-86523019（工作日9:00—17:00）。\n");

    Answer a = kb.answer("联系电话是多少");
    assertThat(a.text()).contains("0578-86523019");
    assertThat(a.lowConfidence()).isFalse();
  }
}
