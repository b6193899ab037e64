package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.Answer;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;
import org.unionbot.knowledge.QaSet;

/**
 * Notices that head each part with the kind of thing it gives (会议时间, 会议地点, 参加对象): the heading says
 * where the answer is, though the sentence under it never repeats the question's words.
 */
class AskedKindTest {

  private static final KnowledgeBase ARTICLE = QaSet.knowledgeBase("/eval/notice-n.txt");
  private static final KnowledgeBase MEETING = QaSet.knowledgeBase("/eval/notice-m.txt");
  private static final KnowledgeBase TRAINING = QaSet.knowledgeBase("/eval/notice-o.md");

  /** The bundled notice and these, as on a server where an officer added them. */
  private static KnowledgeBase besideTheBundledNotice(String... resources) {
    List<NoticeText> notices = new ArrayList<>();
    notices.add(
        new NoticeText(
            "notice", Optional.empty(), QaSet.text("/org/unionbot/knowledge/notice.txt")));
    for (String r : resources) {
      notices.add(new NoticeText(r, Optional.empty(), QaSet.text(r)));
    }
    return KnowledgeBase.of(notices);
  }

  @Test
  void aHeadingThatNamesTheAskedKindLabelsTheSentenceUnderIt() {
    Answer when = ARTICLE.answer("活动什么时候开始");
    assertThat(when.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(when.text()).contains("1月25日").doesNotContain("0512-65230417");

    Answer where = MEETING.answer("会议在哪里开");
    assertThat(where.lowConfidence()).isFalse();
    assertThat(where.text()).contains("第一会议室");

    Answer who = ARTICLE.answer("谁可以参加");
    assertThat(who.text()).contains("基层工会会员均可参加").doesNotContain("获奖资格");
  }

  @Test
  void aHeadingOfTheNoticesOwnSubjectAnswersAQuestionThatNamesTheNotice() {
    // as on the server: the bundled notice and two an officer added; the sentence under 活动时间 is
    // neither among the words' nor among the vector's nearest candidates, its heading proposes it
    KnowledgeBase both = besideTheBundledNotice("/eval/notice-n.txt", "/eval/notice-m.txt");

    // 活动时间 of the notice about 健步走活动; 会议时间 of the one about the 财务工作会议
    assertThat(both.answer("健步走什么时候开始").text()).contains("1月25日");
    assertThat(both.answer("财务工作会议什么时候开").text()).contains("3月9日");
  }

  @Test
  void howLongIsALengthOfTimeAndWhenIsTheDayBeforeTheHour() {
    Answer when = MEETING.answer("会议什么时候开");
    assertThat(when.lowConfidence()).isFalse();
    assertThat(when.text()).contains("3月9日");
    assertThat(MEETING.answer("会开多长时间").text()).contains("半天").doesNotContain("8:30");
    assertThat(MEETING.answer("会议是星期几").text()).contains("星期二");
  }

  @Test
  void aBoundTheNoticeSaysOtherwiseIsNoMissingWordAndAFloorIsAskedAsAPlace() {
    // 最多 of a notice that says 每单位限2人
    assertThat(MEETING.answer("一家单位最多派几个").text()).contains("限2人");
    // 会场车位有限 names the 会场 but does not say where it is
    assertThat(MEETING.answer("会场在几楼").text()).doesNotContain("车位").contains("三楼");
  }

  @Test
  void aCountOfPeopleOrDaysIsNotTheNumberOfASectionsParts() {
    assertThat(TRAINING.answer("培训几天").text()).contains("3天").doesNotContain("共五项");
    assertThat(TRAINING.answer("培训班一共多少人").text()).contains("40人");
    assertThat(TRAINING.answer("培训有哪些内容").text()).contains("共五项", "工会经费管理与财务制度");
    // 人民路56号 is an address, not the 56th of a month
    assertThat(TRAINING.answer("下一期培训什么时候").text()).doesNotContain("人民路56号");
  }

  @Test
  void howManyStepsAPartHasIsItsOutline() {
    KnowledgeBase aid = QaSet.knowledgeBase("/eval/notice-p.txt");

    assertThat(aid.answer("工作程序有几步").text()).contains("个人申请", "审核公示", "资金发放");
    // a refusal offers the notice's parts, numbered 1. from the top
    assertThat(aid.answer("助学金要交税吗").suggestions()).anyMatch(s -> s.contains("工作程序"));
  }

  @Test
  void whoMayApplyIsTheOnePartHeadedByWhomItIsFor() {
    KnowledgeBase aid = QaSet.knowledgeBase("/eval/notice-p.txt");

    // 资助对象 names neither 申请 nor 助学金; the notice's 身份证 is no 身份 (a thesaurus form of 资格)
    Answer who = aid.answer("哪些人可以申请助学金");
    assertThat(who.lowConfidence()).isFalse();
    assertThat(who.text()).contains("困难职工家庭中，2027年考入全日制普通高校的新生", "不再重复资助").doesNotContain("身份证");

    // two parts headed so: the question does not say which, so no outline answers it
    KnowledgeBase two =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "two",
                    Optional.empty(),
                    """
                    关于开展春节送温暖活动的通知
                    一、慰问对象
                    （一）在档困难职工；
                    （二）因病致困职工。
                    二、资助对象
                    （一）困难职工子女；
                    （二）单亲职工子女。
                    """)));
    assertThat(two.answer("哪些人可以申请").text()).doesNotContain("共两项");

    // as on the server: the bundled notice, the checkup's 体检对象 and the aid's 资助对象; only the
    // aid notice says 助学金
    KnowledgeBase three = besideTheBundledNotice("/eval/notice-q.txt", "/eval/notice-p.txt");
    assertThat(three.answer("哪些人可以申请助学金").text()).contains("困难职工家庭", "不再重复资助");
  }

  @Test
  void aHeadingOfTheAskedKindAnswersBeforeTheNearestVectorWhenOnlyAVerbIsMissing() {
    // 招收 is not the notice's word; the sentence under 培训对象 is asked, 不接受临时插班 only near
    assertThat(TRAINING.answer("培训班招收什么人").text()).contains("新任基层工会主席");
    // a city the notice does not name stays refused
    assertThat(QaSet.knowledgeBase("/eval/notice-e.txt").answer("南湖市的送清凉活动什么时候开始").kind())
        .isEqualTo(Answer.Kind.FALLBACK);
  }

  @Test
  void anOrdinalTheNoticeSaysIsItsOwnWord() {
    // 第二批为…: the sentence that names the second batch, not the second of some list
    Answer second = QaSet.knowledgeBase("/eval/notice-q.txt").answer("第二批什么时候体检");
    assertThat(second.lowConfidence()).isFalse();
    assertThat(second.text()).contains("6月7日至6月18日").doesNotContain("5月10日");
  }

  @Test
  void whereToDoWhatTheNoticeNeverSpeaksOfIsRefused() {
    // the notice names the form and the materials, never where to download them
    KnowledgeBase aid = QaSet.knowledgeBase("/eval/notice-p.txt");
    assertThat(aid.answer("申请表在哪里下载").kind()).isEqualTo(Answer.Kind.FALLBACK);
    assertThat(MEETING.answer("会议材料在哪里下载").kind()).isEqualTo(Answer.Kind.FALLBACK);
    // where the thing happens is still answered by its place
    assertThat(MEETING.answer("会议在哪里开").text()).contains("第一会议室");
  }

  @Test
  void aWhenWithNoOtherWordGetsTheDaysBeforeTheHoursOfADay() {
    // 7月8日至7月12日 fits 哪几天 fully, 上午8:30至11:30 only as a time of day
    KnowledgeBase blood = QaSet.knowledgeBase("/eval/notice-f.txt");

    assertThat(blood.answer("哪几天能去").text()).contains("7月8日至7月12日");
  }

  @Test
  void howToDoSomethingIsTheWholeStepThatDoesIt() {
    assertThat(ARTICLE.answer("怎么报名").text()).contains("“东城职工”公众号", "点击底部菜单", "填写姓名");
  }

  @Test
  void whatFollowsFromADeedIsTheRestOfItsSentence() {
    assertThat(ARTICLE.answer("作弊会怎么样").text()).contains("取消获奖资格");
  }

  @Test
  void theTimeInTheSentenceBeforeTheWordsAnswersWithIt() {
    KnowledgeBase rules = QaSet.knowledgeBase("/eval/notice-h.txt");

    // "…在十五个工作日内完成复审。审核通过的，给付款项直接打入会员本人银行账户。": the words in the second, the time in the first
    Answer paid = rules.answer("款项多久打到银行账户");
    assertThat(paid.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(paid.lowConfidence()).isTrue();
    assertThat(paid.text()).contains("十五个工作日内完成复审。审核通过的，给付款项直接打入会员本人银行账户");
    // "2022年印发的…暂行办法…同时废止" says a year: the dates beside it are of something else
    assertThat(rules.answer("暂行办法是几月份印发的").kind()).isEqualTo(Answer.Kind.FALLBACK);
  }

  @Test
  void anUnsureAmountOfTwoCasesSideBySideGivesBoth() {
    KnowledgeBase award = QaSet.knowledgeBase("/eval/notice-j.txt");

    // "给予每人1万元奖励…；提名奖每人奖励3000元": 得了奖 may be either award
    Answer either = award.answer("得了奖给多少钱");
    assertThat(either.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(either.lowConfidence()).isTrue();
    assertThat(either.text()).contains("1万元", "3000元");
    // a sure answer names its own case only
    Answer named = award.answer("最美职工奖励多少钱");
    assertThat(named.lowConfidence()).isFalse();
    assertThat(named.text()).contains("1万元").doesNotContain("3000元");
  }

  @Test
  void aQuestionAboutAnotherOccasionThanTheNoticesIsRefused() {
    // the notice gives this meeting's time, not the next one's nor last year's
    assertThat(MEETING.answer("会议几点开始").kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(MEETING.answer("下一次会议什么时候开").kind()).isEqualTo(Answer.Kind.FALLBACK);
    assertThat(KnowledgeBase.bundled().answer("下一次网上授课是哪天").kind()).isEqualTo(Answer.Kind.FALLBACK);
  }

  @Test
  void whatFollowsADeedAndWhatTheNoticeIsAboutAreAskedByTheirFrameOnly() {
    KnowledgeBase subsidy = QaSet.knowledgeBase("/eval/notice-r.txt");

    // 处理 names the kind asked for; the notice says 一经查实，全额追回…
    assertThat(subsidy.answer("作假骗补贴会怎么处理").text()).contains("全额追回已发放的补贴");
    // 过了时间 is the notice's 逾期
    assertThat(subsidy.answer("过了时间还能申领吗").text()).contains("逾期不再受理");
    assertThat(subsidy.answer("这份通知是关于什么的").text()).contains("职工技能提升补贴申领工作");
  }

  @Test
  void aWholePeriodAskedIsAnsweredByItsRangeAndItemsALineAnnouncesAreItsList() {
    KnowledgeBase dayCare = QaSet.knowledgeBase("/eval/notice-t.md");

    // 几点到几点 asks start and end: 8:00—17:30 gives both
    assertThat(dayCare.answer("每天几点到几点").text()).contains("8:00—17:30");
    // 每天主要安排以下活动： announces the numbered list as the asked-for 活动
    assertThat(dayCare.answer("每天都有哪些活动").text()).contains("1.作业辅导", "4.安全教育");
  }

  @Test
  void aPlaceInABulletedListIsAskedByItsPosition() {
    KnowledgeBase dayCare = QaSet.knowledgeBase("/eval/notice-t.md");

    // - 溪南区工人文化宫：滨河东路15号，名额80人 is the second of the three the colon announces
    assertThat(dayCare.answer("第二个托管点在哪").text()).contains("滨河东路15号");
    // 第一期 is still the first session's dates, not the first site
    assertThat(dayCare.answer("第一期是哪几天").text()).contains("7月6日—7月24日");
  }

  @Test
  void howOldIsAnsweredByTheAgeTheNoticeGives() {
    KnowledgeBase subsidy = QaSet.knowledgeBase("/eval/notice-r.txt");

    assertThat(subsidy.answer("多大年纪可以申领").text()).contains("18周岁以上、60周岁以下");
  }

  @Test
  void aMarkdownNoticesOwnShapesAreReadAsAParentAsks() {
    KnowledgeBase dayCare = QaSet.knowledgeBase("/eval/notice-t.md");

    // 报名 heads 「报名方式」: the sign-up's date, not the day-care hours under 「托管时间和地点」
    assertThat(dayCare.answer("报名几号开始").text()).contains("6月20日");
    // > 温馨提示：… is a labelled line, asked whole
    assertThat(dayCare.answer("温馨提示讲了啥").text()).contains("实名认证").doesNotContain(">");
    // 暑假即将来临，为帮助…，…举办…: a purpose after a short opening clause
    assertThat(dayCare.answer("为啥要举办托管班").text()).contains("看护难");
    // 怎么报名: the clause of the means (通过微信小程序…), not 不接受电话和现场报名
    assertThat(dayCare.answer("咋报名").text()).contains("溪南职工之家");
  }

  @Test
  void howManyPlacesASiteHasIsItsLine() {
    KnowledgeBase dayCare = QaSet.knowledgeBase("/eval/notice-t.md");

    assertThat(dayCare.answer("工人文化宫有多少名额").text()).contains("名额80人");
  }
}
