package org.unionbot.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.analysis.Segmenter;

/** What kind of answer a question asks for. */
class QuestionParserTest {

  private static final QuestionParser PARSER = new QuestionParser(Segmenter.create(List.of()));

  @Test
  void aFewOfSomethingIsNotAHowMany() {
    for (String q : List.of("这几天献血要注意什么", "前几天没报上名，现在还能报名吗", "好几次都没抢到名额怎么办")) {
      assertThat(PARSER.parse(q).type()).as(q).isNotEqualTo(QuestionType.COUNT);
    }
  }

  @Test
  void theHowManyAfterAFewIsTheOneAsked() {
    Question q = PARSER.parse("接下来这几年的工作分成了几个方面");

    assertThat(q.type()).isEqualTo(QuestionType.COUNT);
    assertThat(q.unit()).isEqualTo("方面");
  }

  @Test
  void theWordsOfAnAskedCountAreNotTermsAndAHeadcountIsInPeople() {
    Question people = PARSER.parse("每队几个人");
    assertThat(people.type()).isEqualTo(QuestionType.COUNT);
    assertThat(people.measure()).isEqualTo("人");
    assertThat(people.terms()).containsExactly("每队"); // not 个人 of 几/个人

    Question teams = PARSER.parse("一个单位能报几支队");
    assertThat(teams.measure()).isEqualTo("支");
    assertThat(teams.unit()).isEqualTo("队");
    assertThat(teams.terms()).doesNotContain("几支", "支队");
  }

  @Test
  void piecesOfWritingAreCountedInPian() {
    // 几篇 asks a count of pieces, not any figure (a date, a headcount)
    assertThat(PARSER.parse("学习心得体会要交几篇").measure()).isEqualTo("篇");
  }

  @Test
  void aQuestionThatOnlyNamesATimeOrAPlaceAsksForIt() {
    assertThat(PARSER.parse("报名截止时间").type()).isEqualTo(QuestionType.WHEN);
    assertThat(PARSER.parse("决赛日期是什么").type()).isEqualTo(QuestionType.WHEN);
    assertThat(PARSER.parse("比赛地点？").type()).isEqualTo(QuestionType.WHERE);
    assertThat(PARSER.parse("各地能不能延长慰问时间").type()).isNotEqualTo(QuestionType.WHEN);
  }

  @Test
  void whatToHeedAsksForDosAndDontsNotForTheWord() {
    for (String q : List.of("献血要注意什么", "献血有哪些注意事项", "獻血須知")) {
      Question parsed = PARSER.parse(q);

      assertThat(parsed.caution()).as(q).isTrue();
      assertThat(parsed.terms()).as(q).containsExactly("献血");
    }
    assertThat(PARSER.parse("注意事项在哪里看").caution()).isFalse();
  }

  @Test
  void aMeasureWordOrLocativeSplitOffAWordTheNoticeHasIsJoinedAgain() {
    QuestionParser parser =
        new QuestionParser(Segmenter.create(List.of()), s -> s.equals("步数") || s.equals("上传"));

    assertThat(parser.parse("步数要自己上传吗").terms()).contains("步数", "上传");
    // without the notice's word, 步 is a measure word and 上 says nothing
    assertThat(PARSER.parse("步数要自己上传吗").terms()).doesNotContain("步数", "上传");
  }

  @Test
  void aPhoneIsAskedForOnlyAsANumber() {
    assertThat(PARSER.parse("手机号是多少").type()).isEqualTo(QuestionType.CONTACT);
    assertThat(PARSER.parse("联系人手机").type()).isEqualTo(QuestionType.CONTACT);
    assertThat(PARSER.parse("手机计步要自己截图交吗").type()).isNotEqualTo(QuestionType.CONTACT);
    assertThat(PARSER.parse("在手机上哪里报名").type()).isNotEqualTo(QuestionType.CONTACT);
  }

  @Test
  void takingPlaceIsNotATopicAndAWeekdayIsAskedAsATime() {
    assertThat(PARSER.parse("会议什么时候开").terms()).containsExactly("会议");
    assertThat(PARSER.parse("会开多长时间").terms()).doesNotContain("开");
    assertThat(PARSER.parse("开幕在哪儿办").terms()).doesNotContain("办");
    assertThat(PARSER.parse("培训班开什么课").terms()).contains("开");
    assertThat(PARSER.parse("会议是星期几").type()).isEqualTo(QuestionType.WHEN);
  }

  @Test
  void whetherSomeoneMayTakePartIsAskedOfTheOneNamed() {
    assertThat(PARSER.parse("当官的能参加吗").terms()).containsExactly("当官");
    assertThat(PARSER.parse("退休职工可以报名不").terms()).doesNotContain("报名").contains("退休");
    // nothing else named: taking part is the topic; so it is of who is eligible, and of a condition
    assertThat(PARSER.parse("能参加吗").terms()).contains("参加");
    assertThat(PARSER.parse("谁可以参加").terms()).contains("参加");
    assertThat(PARSER.parse("年龄多少才能参赛").terms()).contains("参赛");
  }

  @Test
  void wordsThatPointAtTheNoticeItselfAreNotItsTopic() {
    assertThat(PARSER.parse("关于献血，通知是怎么说的").terms()).containsExactly("献血");
  }

  @Test
  void onlyThenIsNotATalent() {
    // 多少才能献血: 才 + 能, not 才能 (talent), a word no notice of this kind holds
    assertThat(PARSER.parse("体重多少才能献血").terms()).containsExactly("体重", "献血");
  }

  @Test
  void anOccasionsPlaceInAScheduleIsAnOrdinal() {
    for (String q : List.of("第二场在哪", "第2站去哪", "头一回是哪天", "首场几点开始", "最后一期什么时候")) {
      Question parsed = PARSER.parse(q);

      assertThat(parsed.ordinal()).as(q).isPresent();
      assertThat(parsed.unit()).as(q).isEqualTo(QuestionParser.OCCASION);
      assertThat(parsed.terms()).as(q).doesNotContain("场", "站", "回", "期");
    }
    assertThat(PARSER.parse("第一次献血要注意什么").ordinal()).isEmpty();
    assertThat(PARSER.parse("一共几场").ordinal()).isEmpty();
  }

  @Test
  void theLastOneIsAskedInSpokenForms() {
    for (String q : List.of("收尾的那个环节是啥", "最后那个步骤是什么", "最后的阶段干什么")) {
      assertThat(PARSER.parse(q).ordinal()).as(q).hasValue(Question.LAST);
    }
    Question when = PARSER.parse("哪天收尾");
    assertThat(when.ordinal()).isEmpty();
    assertThat(when.edge()).isEqualTo(Question.Edge.END);
  }

  @Test
  void whatToBringUnnamedAsksForTheMaterials() {
    for (String q : List.of("要准备什么东西", "需要带些啥", "申请要交哪些")) {
      assertThat(PARSER.parse(q).terms()).as(q).contains(QuestionParser.MATERIALS);
    }
    // what a place provides is not what to bring; a thing named is its own word
    assertThat(PARSER.parse("职工爱心驿站提供什么").terms()).doesNotContain(QuestionParser.MATERIALS);
    assertThat(PARSER.parse("要带什么证件").terms()).doesNotContain(QuestionParser.MATERIALS);
  }

  @Test
  void alreadyIsNoContent() {
    assertThat(PARSER.parse("已经拿了别的助学金还能申请吗").terms()).doesNotContain("已经");
  }

  @Test
  void aFigureTheQuestionNamesIsOneOfItsWords() {
    assertThat(PARSER.parse("超了八百块自己掏吗").terms()).contains("800");
    // with the measure it is said in: 56岁 is no 56号
    assertThat(PARSER.parse("五十岁以上多查什么").terms()).contains("50岁");
    assertThat(PARSER.parse("我56岁能参加吗").terms()).contains("56岁").doesNotContain("56");
    // a count of one digit is a count word, not a figure
    assertThat(PARSER.parse("五个方面是什么").terms()).doesNotContain("5");
  }

  @Test
  void aQuestionEndingInMaWithNoQuestionWordAsksWhether() {
    assertThat(QuestionParser.asksYesOrNo("坐车吃住花钱吗")).isTrue();
    assertThat(QuestionParser.asksYesOrNo("家属能一起去吗")).isTrue();
    assertThat(QuestionParser.asksYesOrNo("六十三了行不")).isTrue(); // the spoken 行不
    assertThat(QuestionParser.asksYesOrNo("这样成不")).isTrue();
    assertThat(QuestionParser.asksYesOrNo("掏钱不")).isTrue();
    assertThat(QuestionParser.asksYesOrNo("哪天不")).isFalse();
    assertThat(QuestionParser.asksYesOrNo("你知道谁来讲课吗")).isFalse();
    assertThat(QuestionParser.asksYesOrNo("什么时候报名")).isFalse();
  }

  @Test
  void aDemonstrativeWithItsClassifierAndSomeoneAreNoContent() {
    assertThat(PARSER.parse("这笔钱有没有人查账").terms()).contains("钱", "查账").doesNotContain("这笔", "有人");
    assertThat(PARSER.parse("那项工作谁负责").terms()).doesNotContain("那项");
    // a demonstrative day or occasion is a time: 那天 and 这次 are no fillers
    assertThat(PARSER.parse("那天还用上班吗").terms()).contains("那天");
    assertThat(PARSER.parse("章程这次改了啥").terms()).contains("这次");
  }

  @Test
  void comingToDoSomethingOnlyFramesWhoDoesIt() {
    assertThat(PARSER.parse("会上谁来讲政策").terms()).contains("政策").doesNotContain("来讲");
  }

  @Test
  void aPieceIsTheMeasureOfACountOfPartsOrOfMoney() {
    Question parts = PARSER.parse("讲话分几块");
    assertThat(parts.measure()).isEqualTo("块");
    assertThat(parts.terms()).doesNotContain("块");
    Question money = PARSER.parse("报名费几块钱");
    assertThat(money.measure()).isEqualTo("块");
    assertThat(money.unit()).isEqualTo("钱");
  }

  @Test
  void tripsAndTimesAreMeasuresOfACount() {
    Question q = PARSER.parse("要跑几趟");
    assertThat(q.type()).isEqualTo(QuestionType.COUNT);
    assertThat(q.measure()).isEqualTo("趟");
    // 这回 is this time, not a word the notice must say
    assertThat(PARSER.parse("这回一共准备了多少钱").terms()).doesNotContain("这回", "回");
  }

  @Test
  void aLightVerbWithItsParticleIsNoTerm() {
    // HanLP keeps 得了 whole; it names nothing the notice must say
    assertThat(PARSER.parse("得了奖给多少钱").terms()).doesNotContain("得了").contains("奖");
  }

  @Test
  void anotherOccasionIsTheNextOrLastOneNotTheNextBatch() {
    assertThat(QuestionParser.anotherOccasion("下1期培训什么时候")).contains("下1期");
    assertThat(QuestionParser.anotherOccasion("去年评了多少名")).contains("去年");
    assertThat(QuestionParser.anotherOccasion("下1批什么时候体检")).isEmpty();
    assertThat(QuestionParser.anotherOccasion("培训一共几次")).isEmpty();
  }

  @Test
  void howOldIsAnAgeInYears() {
    Question q = PARSER.parse("孩子多大可以报名");

    assertThat(q.type()).isEqualTo(QuestionType.COUNT);
    assertThat(q.measure()).isEqualTo("周岁");
  }

  @Test
  void howManyPlacesIsTheNounNotAClassifier() {
    QuestionParser parser =
        new QuestionParser(Segmenter.create(List.of()), s -> s.equals("名额") || s.equals("小学"));

    // 多少名额: 名额 (places), not 额 counted in 名
    assertThat(parser.parse("小学有多少名额").unit()).isEqualTo("名额");
  }

  @Test
  void theSpokenHowIsHowToDoIt() {
    Question q = PARSER.parse("卡不见了咋整");

    assertThat(q.type()).isEqualTo(QuestionType.HOW);
    assertThat(q.terms()).doesNotContain("整");
  }

  @Test
  void whoMayCollectAsksWhoIsEligible() {
    assertThat(PARSER.parse("哪些人能领慰问品").terms()).contains(QuestionParser.ELIGIBILITY);
  }

  @Test
  void aCongressByItsShortNameIsTheNumberedCongressTheNoticeSays() {
    QuestionParser parser =
        new QuestionParser(Segmenter.create(List.of()), s -> s.equals("第九次代表大会"));

    assertThat(parser.parse("九大什么时候开的").terms()).contains("第九次代表大会");
    assertThat(parser.parse("九大什么时候开的").count()).isEmpty();
    // 八大行动 still counts eight
    assertThat(parser.parse("八大行动是什么").count()).hasValue(8);
  }

  @Test
  void theFirstPartIsAPositionAmongPartsNotAnOccasion() {
    Question q = PARSER.parse("第一部分讲的什么");
    assertThat(q.ordinal()).hasValue(1);
    assertThat(q.unit()).isEqualTo("部分");
  }

  @Test
  void aBoundedNumberOfFloorsIsACountNotAPlace() {
    assertThat(PARSER.parse("几层楼以内要走楼梯").type()).isNotEqualTo(QuestionType.WHERE);
    assertThat(PARSER.parse("会场在几楼").type()).isEqualTo(QuestionType.WHERE);
    assertThat(PARSER.parse("冠军多少分").measure()).isEqualTo("分");
    assertThat(PARSER.parse("要开多少分钟").measure()).isNotEqualTo("分");
  }

  @Test
  void howManyFloorsABuildingHasIsACount() {
    assertThat(PARSER.parse("中心一共有几层").type()).isEqualTo(QuestionType.COUNT);
    assertThat(PARSER.parse("中心一共有几层").measure()).isEqualTo("层");
    assertThat(PARSER.parse("健身房在几层").type()).isEqualTo(QuestionType.WHERE);
  }

  @Test
  void whichDepartmentLeadsOrHelpsAsksWho() {
    assertThat(PARSER.parse("两癌筛查由哪个部门牵头").type()).isEqualTo(QuestionType.WHO);
    assertThat(PARSER.parse("哪家单位配合").type()).isEqualTo(QuestionType.WHO);
    assertThat(PARSER.parse("哪些单位的职工能休年假").type()).isNotEqualTo(QuestionType.WHO);
  }

  @Test
  void whereMoneyComesFromAndWhatIsFoundAreNoPlaces() {
    // who pays, not where; 存在哪些问题 asks what the problems are
    assertThat(PARSER.parse("这么多站点，钱从哪里来？").type()).isNotEqualTo(QuestionType.WHERE);
    assertThat(PARSER.parse("经费从哪儿出").type()).isNotEqualTo(QuestionType.WHERE);
    assertThat(PARSER.parse("工作中存在哪些问题").type()).isNotEqualTo(QuestionType.WHERE);
    assertThat(PARSER.parse("赛道引导岗在哪些地方服务").type()).isEqualTo(QuestionType.WHERE);
  }
}
