package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;

/** Where an answer span may end. */
class SpansTest {

  private static final String NOTICE =
      """
      关于开展职工技能练兵活动的通知

      一、活动安排
      通过岗位练兵和技能比武，力争到年底实现“两个全覆盖”：一线职工安全培训覆盖率达到100%，新入职职工岗前培训覆盖率达到100%。同时培养一批业务骨干，形成比学赶超的良好氛围。对在练兵中表现突出的青年职工，工会将优先推荐参加疗休养和评先评优。

      二、纪律要求
      以虚报成绩、冒名顶替等方式骗取奖金的，由工会追回已发放的全部奖金，并取消其三年内的评选资格。

      三、参加办法
      请于5月20日前，在“职工e家”App的“技能练兵”专栏填写参赛表，也可以到车间工会办公室现场登记，或者由班组长汇总后统一报送。
      比武前一天请保证睡眠，比武当天不要迟到，赛场内严禁使用手机。
      参赛职工男性年龄不超过50周岁，女性年龄不超过45周岁。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("n", Optional.empty(), NOTICE)));

  @Test
  void aClauseThatOnlySetsUpTheNextOneIsNotAnAnswer() {
    assertThat(Spans.dangling("对在练兵中表现突出的青年职工，")).isTrue();
    assertThat(Spans.dangling("以虚报成绩等方式骗取奖金的，")).isTrue();
    assertThat(Spans.dangling("由工会追回已发放的全部奖金。")).isFalse();
    assertThat(Spans.dangling("对于重点岗位，")).isFalse();
    assertThat(Spans.dangling("如遇暴雨等恶劣天气，")).isTrue();
    assertThat(Spans.dangling("如有疑问请联系工会办公室。")).isFalse();
    assertThat(Spans.dangling("请于3月20日前将报名表加盖单位公章后，")).isTrue();
    assertThat(Spans.dangling("比赛结束以后，")).isTrue();
    assertThat(Spans.dangling("一经查实，")).isTrue();
    assertThat(Spans.dangling("同时要注意安全，")).isFalse();
    assertThat(Spans.dangling("各地要先行一步、走在前，不甘落后，")).isFalse();
  }

  @Test
  void whyIsAnsweredByThePurposeASentenceOpensWith() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于举办职工羽毛球比赛的通知\n\n为丰富职工业余文化生活，增强职工体质，经研究，市总工会决定于2027年4月举办全市职工羽毛球比赛。\n\n"
                + "一、比赛项目\n男子单打、女子单打、混合双打。\n");

    Answer a = kb.answer("举办比赛是为了什么");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("丰富职工业余文化生活", "增强职工体质");
  }

  @Test
  void anAnswerDoesNotOpenWithItsItemsNumber() {
    assertThat(Spans.tidy("2. 请于3月20日前将报名表发送至邮箱。")).isEqualTo("请于3月20日前将报名表发送至邮箱。");
    assertThat(Spans.tidy("（三）在高温时段坚守岗位的交通警察")).isEqualTo("在高温时段坚守岗位的交通警察。");
    assertThat(Spans.tidy("2027年4月举办")).isEqualTo("2027年4月举办。");
    assertThat(Spans.tidy("2.5万元由市总工会承担")).isEqualTo("2.5万元由市总工会承担。"); // a number, not an item
  }

  @Test
  void theAnswerKeepsTheClauseThatCompletesACondition() {
    Answer a = KB.answer("以虚报成绩方式骗取奖金的会怎样");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("追回已发放的全部奖金");
  }

  @Test
  void everyWayOfferedIsPartOfTheAnswer() {
    Answer a = KB.answer("怎么报名");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("职工e家", "现场登记", "统一报送");
  }

  @Test
  void whatToHeedIsAnsweredWithEveryDoAndDont() {
    for (String q : List.of("比武要注意什么", "比武有哪些注意事项")) {
      Answer a = KB.answer(q);

      assertThat(a.kind()).as(q).isEqualTo(Answer.Kind.ANSWER);
      assertThat(a.lowConfidence()).as(q).isFalse();
      assertThat(a.text()).as(q).contains("保证睡眠", "不要迟到", "严禁使用手机");
    }
  }

  @Test
  void theSameFactForAnotherCaseIsPartOfTheAnswer() {
    Answer a = KB.answer("年龄多少才能参赛");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("男性年龄不超过50周岁", "女性年龄不超过45周岁");
  }

  @Test
  void aWhetherQuestionGetsTheSameFigureForTheOtherCaseToo() {
    KnowledgeBase blood = QaSet.knowledgeBase("/eval/notice-f.txt");

    // not a strict question, but the clause after gives the same threshold for women
    assertThat(blood.answer("体重轻的能去吗").text()).contains("男性体重不低于50公斤，女性体重不低于45公斤");
  }

  @Test
  void aLongRunOfQuotedNamesIsShortenedNotTheEndOfTheAnswer() {
    String span =
        "持续开展“书香润万家——职工读书月 好书进车间”系列主题读书活动，广泛开展“午间十分钟读书会”"
            + "“车间图书角”“好书漂流站”“我为工友读本书”“劳模荐书单”“班组读书擂台”“工友书评会”等形式多样、"
            + "贴近一线、职工爱读的阅读活动";

    // longer than a reply: two names stand for the run, and the features after it stay whole
    assertThat(Spans.tidy(span))
        .isEqualTo(
            "持续开展“书香润万家——职工读书月 好书进车间”系列主题读书活动，广泛开展“午间十分钟读书会”" + "“车间图书角”等形式多样、贴近一线、职工爱读的阅读活动。");
    // a span that fits a reply keeps every name
    String short_ = "广泛开展“午间十分钟读书会”“车间图书角”“好书漂流站”等阅读活动";
    assertThat(Spans.tidy(short_)).isEqualTo(short_ + "。");
  }

  @Test
  void theItemsAColonAnnouncesAreAllGivenWhenAsManyAreAsked() {
    Answer a = KB.answer("两个全覆盖是哪两个");

    assertThat(a.text()).contains("一线职工安全培训覆盖率达到100%", "新入职职工岗前培训覆盖率达到100%");
  }

  @Test
  void aPartWithTheAskedNumberOfItemsButNoneOfTheQuestionsWordsDoesNotAnswerIt() {
    KnowledgeBase hospital = QaSet.knowledgeBase("/eval/notice-c.md");

    // 活动内容共三项 has three items, none of them 百分之百
    Answer a = hospital.answer("“三个百分之百”是哪三个");
    assertThat(a.text()).contains("急救技能培训覆盖率", "后勤职工安全生产培训覆盖率").doesNotContain("岗位技能练兵");
  }

  @Test
  void aQuestionOfWhatSomeoneIsToDoGetsAllTheDutiesTheSentenceGives() {
    KnowledgeBase subsidy = QaSet.knowledgeBase("/eval/notice-r.txt");

    // 各基层工会要做好政策宣传，帮助符合条件的职工及时申领。: two duties, not the first alone
    assertThat(subsidy.answer("各基层工会应该干啥").text()).contains("政策宣传", "及时申领");
  }

  @Test
  void aSentenceThatAnnouncesItsSectionsItemsComesWithThem() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于征集职工意见建议的通知\n\n一、反映方式\n职工有意见建议的，可通过以下方式向厂工会反映：\n"
                + "（一）来信。寄至厂工会办公室。\n（二）来电。电话0571-88886666。\n（三）来访。到行政楼201室当面反映。\n");

    assertThat(kb.answer("有意见怎么反映").text()).contains("1.来信", "2.来电", "3.来访");
    // 寄到 is one word to HanLP; the notice says 寄至
    assertThat(kb.answer("信寄到哪里").text()).contains("厂工会办公室");
  }

  @Test
  void whatOneMustMeetIsEveryConditionTheSentenceGives() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于开展困难职工帮扶的通知\n\n一、帮扶对象\n第一类是建档立卡的困难职工家庭。\n"
                + "第二类是新就业形态劳动者中的困难人员，须已加入工会组织，且在本市连续从业满6个月以上。\n");

    // 满足 only frames the asked conditions; they follow the clause that says who
    assertThat(kb.answer("新就业形态劳动者要满足啥条件").text()).contains("已加入工会组织", "连续从业满6个月");
  }

  @Test
  void aYesOrNoQuestionGetsTheClauseThatSaysItIsNotIncluded() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于发放端午节慰问品的通知\n\n一、发放对象\n在册的公司工会会员，每人一份。" + "劳务派遣人员的节日慰问由派遣单位负责，不在本次发放范围内。\n");

    assertThat(kb.answer("劳务派遣人员有没有").text()).contains("不在本次发放范围内");
  }
}
