package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeBaseTest {

  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @Test
  void aCountQuestionGetsTheCountAndTheItemsFromTheOutline() {
    Answer a = KB.answer("学深悟透分为几个步骤");

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("四个步骤").contains("抓好传达学习", "组织开展培训", "广泛宣传宣讲", "推动落实落地");
    assertThat(a.sources()).singleElement().extracting(Source::section).isEqualTo("四个步骤“学深悟透”");
  }

  @Test
  void anOrdinalQuestionGetsThatItem() {
    assertThat(KB.answer("学深悟透的第二步是什么").text()).contains("组织开展培训").doesNotContain("抓好传达学习");
  }

  @Test
  void headOneIsTheEverydayFirst() {
    String answer = QaSet.withoutCitation(KB.answer("学深悟透头一步是干啥").text());

    assertThat(answer).contains("抓好传达学习").doesNotContain("组织开展培训");
  }

  /** Questions of each kind on the bundled notice, and what their answers must say. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an ordinal question gets that item|四个步骤的最后一步是什么|推动落实落地",
        "an ordinal question gets that item|三个方面里第一个是什么|党中央致词精神",
        "环节 counts the steps of 「四个步骤」|学深悟透分几个环节|抓好传达学习,推动落实落地",
        "环节 counts the steps, though the notice never says it|头一个环节是干啥|抓好传达学习",
        "the last step asked as it is spoken|收尾的那个环节是啥|推动落实落地",
        "an enumeration question gets all the members|要大力弘扬哪三种精神|劳模精神,劳动精神,工匠精神",
        "an enumeration question gets all the members|基层工会要增强哪三种力|引领力,组织力,服务力",
        "a when question gets the date|市总工会是哪天发出通知的|11月8日",
        "parallel clauses stay together|要把思想和行动统一到哪里|重要讲话精神上,确定的目标任务上来",
        "who wrote it is answered from the byline|这篇文章的记者是谁|张兆领"
      })
  void aQuestionOfEachKindIsAnswered(String kind, String question, String says) {
    // not in the 摘自 line, which names the section whatever the answer says
    assertThat(QaSet.withoutCitation(KB.answer(question).text())).contains(says.split(","));
  }

  @Test
  void aStructureQuestionNamesTheItems() {
    Answer a = KB.answer("五个方面是什么");

    assertThat(a.text()).contains("五个方面", "坚持党对工会的全面领导", "深化工会改革和建设");
  }

  @Test
  void aFactGetsTheShortestAnsweringSpanAndItsSection() {
    Answer a = KB.answer("要推进什么服务站建设");

    assertThat(a.text()).contains("户外劳动者服务站").contains("四个步骤“学深悟透”·推动落实落地");
    assertThat(QaSet.concise(a.text())).isLessThan(60);
    assertThat(a.sources().get(0).snippet()).contains("推进户外劳动者服务站建设");
  }

  @Test
  void aCityQuestionWithoutOtherWordsNamesThePlaceTheNoticeNamesMost() {
    String text = KB.answer("通知里说的是哪个城市").text();
    // the only sentence naming 盐城 runs to 200 characters: its clause is quoted, fit for a phone
    assertThat(text).isEqualTo("通知说的是盐城。\n原文：紧贴盐城产业结构调整……");
  }

  @Test
  void aQuestionOfNothingButItsShapeIsAnsweredByTheOneSentenceOfThatShape() {
    KnowledgeBase summer = QaSet.knowledgeBase("/eval/notice-e.txt");

    // no word to cover: the period under 「活动时间」 is the notice's start and end
    assertThat(summer.answer("几号开始啊").text()).contains("6月20日");
    assertThat(summer.answer("哪天收尾").text()).contains("8月31日");
    // nor a count with its measure word: the one sentence that counts 场, sure as it is the only one
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");
    assertThat(schedule.answer("一共几场").text()).contains("六场").doesNotContain("不太确定");
  }

  @Test
  void aWhenQuestionsStartOrEndIsAskedByTheAnswersShapeNotItsWords() {
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");

    // 开始 is not a word the schedule's line needs to hold: a time there is the start
    assertThat(schedule.answer("快递物流园区那场几点开始").text()).contains("下午2:00");
    // nor 星期几 a word of the line that gives the day with its date
    assertThat(schedule.answer("6月23日是星期几").text()).contains("6月23日（周二）");
  }

  @Test
  void anOccasionIsAskedByItsPlaceInTheSchedule() {
    KnowledgeBase schedule = QaSet.knowledgeBase("/eval/notice-g.md");

    assertThat(schedule.answer("第二场在哪").text()).contains("第二场", "滨湖经济开发区管委会二楼会议室");
    assertThat(schedule.answer("头一站是哪天").text()).contains("6月9日");
    assertThat(schedule.answer("最后一场几点开始").text()).contains("6月25日", "下午3:00");
    assertThat(schedule.answer("第七场在哪").text()).contains("共有六场，没有第七场");
    // a verb the notice does not use (举行) does not stop the schedule from answering
    assertThat(schedule.answer("首场在哪里举行").text()).contains("三楼报告厅");
  }

  @ParameterizedTest
  @CsvSource({"'1．', '2．', '3．'", "'第一场：', '第二场：', '第三场：'", "'- ', '- ', '- '"})
  void aScheduleIsReadWhateverMarksItsOccasions(String first, String second, String third) {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            "关于开展送法进工地活动的通知\n\n一、活动安排\n\n"
                + first
                + "7月3日上午9:00，城东项目部会议室。\n\n"
                + second
                + "7月10日下午2:30，高新区工地职工之家。\n\n"
                + third
                + "7月17日上午9:30，南站施工现场。\n");

    assertThat(kb.answer("第二场在哪").text()).isEqualTo("活动安排的第二场是：7月10日下午2:30，高新区工地职工之家。");
    assertThat(kb.answer("最后一场是哪天").text()).contains("7月17日");
  }

  @Test
  void wordsThatNameTheKindOfAnswerNeedNotBeInTheNotice() {
    // 对象 (whom it is for) and 场合 (the occasion) say what is asked, as 哪天 or 多少 do
    assertThat(KB.answer("轮训对象").text()).contains("工会工作者");
    assertThat(KB.answer("总书记的重要讲话是在什么场合发表的").text()).contains("集体谈话");
  }

  @Test
  void aPurposeQuestionIsAnsweredByThePurposeClause() {
    KnowledgeBase month = QaSet.knowledgeBase("/eval/notice-d.txt");

    // 是为了什么 asks why: the lead's 为丰富…, not the title that holds the same words
    assertThat(month.answer("开展读书月活动是为了什么").text()).contains("丰富职工精神文化生活");
  }

  @Test
  void aNameOrListQuestionIsAnsweredByTheNameOrListOfWhatItAsksAbout() {
    KnowledgeBase reading = QaSet.knowledgeBase("/eval/notice-b.txt");

    // 理论学习是读书活动的首要任务 holds every word of the question but names nothing
    assertThat(reading.answer("读书活动叫什么名字").text()).contains("“书香工会·悦享阅读”");
    // a list of 素质 answers 哪些素质, before a sentence that holds more of the question's words
    assertThat(reading.answer("活动要提升职工哪些素质").text()).contains("思想政治素质、科学文化素质");
  }

  @Test
  void aListIntroducedByACountedSentenceAnswersStructureQuestions() {
    KnowledgeBase c = QaSet.knowledgeBase("/eval/notice-c.md");

    assertThat(c.answer("四项技能比武的第二项是什么").text()).contains("静脉输液操作竞赛").doesNotContain("心肺复苏");
    assertThat(c.answer("职工健康大讲堂多久办一次").text()).contains("每月开展一次");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "工會十八大報告從幾個方面總結了工作",
        "工会十八大报告从８个方面总结了什么？",
        "工会十八大报告从几个方面总结了过去五年的工作",
        "咱工会十八大报告从几个方面总结的工作啊"
      })
  void traditionalFullWidthAndColloquialQuestionsWork(String question) {
    Answer a = KB.answer(question);

    assertThat(a.kind()).isEqualTo(Answer.Kind.ANSWER);
    assertThat(a.text()).contains("8个方面");
  }

  @ParameterizedTest
  @ValueSource(strings = {"今天天气怎么样", "怎么申请住房贷款", "工会会费每月交多少", "帮我订一张去北京的火车票", "你好", "？？？", ""})
  void whatTheNoticeDoesNotHoldIsRefusedWithNumberedSuggestions(String question) {
    Answer a = KB.answer(question);

    assertThat(a.kind()).isEqualTo(Answer.Kind.FALLBACK);
    assertThat(a.sources()).isEmpty();
    assertThat(a.suggestions()).hasSizeBetween(1, 3);
    for (int i = 0; i < a.suggestions().size(); i++) {
      assertThat(a.text()).contains((i + 1) + ". " + a.suggestions().get(i));
    }
  }

  @Test
  void everySuggestedQuestionIsAnswered() {
    for (String s : KB.answer("今天天气怎么样").suggestions()) {
      assertThat(KB.answer(s).kind()).as(s).isEqualTo(Answer.Kind.ANSWER);
    }
  }

  @Test
  void repliesStayShort() {
    for (QaSet.Row r : QaSet.load("/eval/qa-extended.tsv").rows()) {
      assertThat(KB.answer(r.question()).text().length()).as(r.question()).isLessThanOrEqualTo(600);
    }
  }

  @Test
  void anotherNoticeIsAnsweredAndNamedAsTheSource() {
    KnowledgeBase two =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(),
                new NoticeText("reading", Optional.empty(), QaSet.text("/eval/notice-b.txt"))));

    Answer a = two.answer("区总工会安排了多少专项经费");

    assertThat(a.text()).contains("8万元").contains("——摘自《“书香工会·悦享阅读”职工读书学习活动》");
    assertThat(a.sources().get(0).doc()).isEqualTo("reading");
    assertThat(two.answer("学深悟透分为几个步骤").sources().get(0).doc()).isEqualTo("notice");
  }

  @Test
  void replaceSwapsWholeVersionsWhileQueriesRun() throws Exception {
    NoticeText a = new NoticeText("a", Optional.empty(), "甲通知\n\n5月1日，甲工会发出通知，要求推进户外劳动者服务站建设。");
    NoticeText b = new NoticeText("b", Optional.empty(), "乙通知\n\n6月2日，乙工会发出通知，要求推进职工书屋建设。");
    KnowledgeBase kb = KnowledgeBase.of(List.of(a));
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        readers.add(
            pool.submit(
                () -> {
                  // every answer is checked as it comes: millions of them, too many to keep
                  List<String> mixed = new ArrayList<>();
                  while (running.get()) {
                    String text = kb.answer("通知是哪天发出的").text();
                    if (text.contains("5月1日") == text.contains("6月2日") && mixed.size() < 10) {
                      mixed.add(text);
                    }
                  }
                  return mixed;
                }));
      }
      for (int i = 0; i < 20; i++) {
        kb.replace(List.of(i % 2 == 0 ? b : a));
      }
      running.set(false);
      for (Future<List<String>> f : readers) {
        assertThat(f.get()).as("answers with both versions' dates, or neither").isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(kb.version()).isEqualTo(21);
  }

  /** The server's warm-up goes through the facade, never to HanLP directly (issue 13). */
  @Test
  void warmUpNormalisesLikeAQuestion() {
    assertThat(KnowledgeBase.warmUp("ＡＢＣ通知提出了哪些要求"))
        .isEqualTo(KnowledgeBase.normalize("ＡＢＣ通知提出了哪些要求"));
  }
}
