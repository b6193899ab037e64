package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A list or count question that names a section by its heading (「活动内容」, 「工作要求」) gets that section,
 * not a sentence that merely shares the question's subject words (读书月活动).
 */
class HeadingNamedTest {

  private static final KnowledgeBase D =
      KnowledgeBase.of(
          List.of(new NoticeText("d", Optional.empty(), QaSet.text("/eval/notice-d.txt"))));

  private static final KnowledgeBase C =
      KnowledgeBase.of(
          List.of(new NoticeText("c", Optional.empty(), QaSet.text("/eval/notice-c.md"))));

  @ParameterizedTest
  @ValueSource(strings = {"读书月活动有哪些内容", "读书月有什么活动", "活动包括哪几项", "读书月一共有几项活动内容"})
  void aQuestionNamingTheHeadingGetsTheSectionsItems(String question) {
    Answer a = D.answer(question);

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("好书推荐", "读书分享会", "征文比赛").doesNotContain("4月1日");
    assertThat(a.sources()).singleElement().extracting(Source::section).isEqualTo("活动内容");
  }

  @ParameterizedTest
  @ValueSource(strings = {"有哪些工作要求", "有哪些要求", "活动有哪些要求"})
  void aSectionWithoutItemsIsAnsweredWithItsWholeSentence(String question) {
    Answer a = D.answer(question);

    assertThat(a.text()).contains("加强组织领导", "安排专人负责", "5月10日前报送工作总结");
  }

  @Test
  void theRequirementOfAThingTheTextNamesIsItsSentenceNotTheRequirementsSection() {
    KnowledgeBase selection = QaSet.knowledgeBase("/eval/notice-j.txt");

    assertThat(selection.answer("考核有什么要求").text()).contains("考核均为合格以上");
    assertThat(D.answer("活动有哪些要求").text()).contains("加强组织领导");
  }

  @ParameterizedTest
  @ValueSource(strings = {"有哪些要求", "活动有哪些要求"})
  void theAskedNounIsTheHeadingsLastWord(String question) {
    assertThat(C.answer(question).text()).contains("精心组织实施", "注重学练结合", "加强宣传总结");
  }

  @ParameterizedTest
  @CsvSource({"活动什么时候开始, 4月1日", "征文稿件什么时候截止, 4月25日"})
  void aWhenQuestionWithoutItsWordsInTheNoticeIsNeverAnsweredWithAnotherDate(
      String question, String date) {
    Answer a = D.answer(question);

    if (a.answered()) {
      assertThat(a.text()).contains(date);
    }
  }

  @Test
  void theStartOfAPeriodIsTheDateUnderTheTimeHeading() {
    Answer a = D.answer("活动什么时候开始");

    assertThat(a.text()).contains("2027年4月1日").contains("「活动时间」");
  }

  @Test
  void aChaptersItemsAreItsArticlesWithWhatTheySay() {
    KnowledgeBase h =
        KnowledgeBase.of(
            List.of(new NoticeText("h", Optional.empty(), QaSet.text("/eval/notice-h.txt"))));

    assertThat(h.answer("总则有几条").text())
        .contains("共四项", "第一条 为进一步发挥工会组织在多层次社会保障体系中的补充作用")
        .doesNotContain("即第");
    assertThat(h.answer("附则讲了什么").text()).contains("共两项", "第十六条 本办法自2027年1月1日起施行");
  }

  @ParameterizedTest
  @ValueSource(strings = {"线下咋申领", "线下申领怎么办", "线下要怎么申领"})
  void howToDoWhatAHeadingNamesIsThatSection(String question) {
    KnowledgeBase subsidy = QaSet.knowledgeBase("/eval/notice-r.txt");

    // 「（二）线下申领」, not 申领方式分线上和线下两种, which holds the question's words
    Answer a = subsidy.answer(question);
    assertThat(a.text()).contains("清河市职工服务中心", "周一至周五");
    assertThat(a.lowConfidence()).isFalse();
  }

  private static final KnowledgeBase RELIEF =
      QaSet.knowledgeBaseOf(
          """
          关于做好冬季送温暖工作的通知

          各基层工会：
          为把组织的关怀和温暖及时送到每一位困难职工和他们的家人身边，让大家过一个好年，市总工会决定开展送温暖活动。现将有关事项通知如下：
          一、慰问对象
          本次慰问对象为以下两类职工家庭。第一类是建档困难职工家庭，应全部纳入慰问范围。第二类是因病因灾致困的职工家庭，须经社区公示。
          二、工作安排
          本次工作分三个阶段进行。
          （一）摸底排查。各级工会要于12月20日前完成摸底。
          （二）慰问对象名单经县级总工会审核后公示5个工作日。
          （三）1月中旬，市领导带队开展走访慰问。
          三、工作要求
          各级工会要切实做好以下工作：一是加强组织领导，确保落到实处；二是坚持精准帮扶，做到应帮尽帮；三是注重宣传引导，营造良好氛围。
          四、联系方式
          联系人：市总工会权益保障部 王芳，0598-6215301；市总工会财务部 李强，0598-6215316
          """);

  @Test
  void itemsASentenceCountsAreAnsweredByTheirNumberAndAsWholeItems() {
    // 本次工作分三个阶段进行。 introduces （一）…（三） as a colon would
    assertThat(RELIEF.answer("工作分几个阶段").text()).contains("三个阶段");
    assertThat(RELIEF.answer("第一步是什么").text()).contains("摸底排查");
    // the third item's first clause (1月中旬) is not what it is: the whole item is
    assertThat(RELIEF.answer("最后一个阶段是什么").text()).contains("市领导带队开展走访慰问");
  }

  @Test
  void aHeadingWithWhatItHoldsAskedIsThatSection() {
    // 第一类是…。第二类是…： the kinds are numbered inline, across sentences
    assertThat(RELIEF.answer("慰问对象有哪些").text()).contains("1.建档困难职工家庭", "2.因病因灾致困的职工家庭");
    // 一是…；二是…；三是… numbers the requirements inline
    assertThat(RELIEF.answer("工作要求有哪些").text()).contains("共三项", "1.加强组织领导", "3.注重宣传引导");
    // 条 counts the 工作要求, whose name is two words
    assertThat(RELIEF.answer("第三条工作要求是什么").text()).contains("注重宣传引导");
  }

  @Test
  void aLongPurposeAndAContactLineOfTwoPeopleAnswerWhole() {
    assertThat(RELIEF.answer("为什么要开展送温暖活动").text()).contains("过一个好年");
    assertThat(RELIEF.answer("联系人").text()).contains("王芳", "李强");
  }

  @Test
  void aHeadingNamedAfterWhatAsksForItIsThatSection() {
    KnowledgeBase gifts =
        QaSet.knowledgeBaseOf(
            "关于发放端午节慰问品的通知\n\n一、发放时间\n6月1日至6月3日，每天9:00至17:00。\n"
                + "二、注意事项\n粽子是真空包装，请尽快冷藏；礼盒较重，建议开车或带拉杆车来。\n");

    assertThat(gifts.answer("领慰问品有哪些注意事项").text()).contains("尽快冷藏", "拉杆车");
  }
}
