package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A union's written reply to a worker's petition: the issuing body on the line above the document's
 * name, a salutation, and the laws it rests on, each saying what it lays down after 规定，.
 */
class PetitionReplyTest {

  private static final String REPLY =
      """
      鹭川市云湖区总工会
      信访事项处理意见书

      云工信复〔2027〕第14号

      周某某同志：

      你于2027年3月2日通过网上信访平台提交的信访事项，本会于2027年3月3日收悉，并于当日登记受理。

      （一）劳动关系。你于2024年9月2日入职恒瑞公司，双方于2024年9月10日签订书面劳动合同，合同期限自2024年9月2日起至2027年1月31日止，约定月工资4200元。

      你也可以申请劳动仲裁，仲裁时效期间为一年，仲裁不收费。

      本会认为：一是《中华人民共和国劳动法》第四十四条规定，延长工作时间的，支付不低于工资的百分之一百五十的工资报酬。二是《工资支付暂行规定》第十六条规定，每月扣除部分不得超过当月工资的百分之二十。

      如你对本处理意见不服，可以自收到本意见书之日起30日内，向鹭川市总工会书面请求复查；对复查意见仍不服的，可以自收到复查意见之日起30日内，向南屏省总工会请求复核。

      鹭川市云湖区总工会（盖章）
      2027年3月28日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("reply", Optional.empty(), REPLY)));

  @Test
  void theIssuingBodyAboveTheDocumentsNameIsPartOfTheTitle() {
    assertThat(KB.answer("这份文件的标题是什么").text()).contains("信访事项处理意见书");
  }

  @Test
  void whatToDoInACaseLedByIfIsTheWholeSentence() {
    assertThat(KB.answer("对处理意见不服怎么办").text()).contains("向鹭川市总工会书面请求复查");
  }

  @Test
  void aTermIsThePeriodFromOneDateToAnother() {
    // not the one-year limit of another matter, which says a length alone
    assertThat(KB.answer("劳动合同的期限是多久").text()).contains("自2024年9月2日起至2027年1月31日止");
  }

  @Test
  void aDateAskedByItsWordIsTheDayOfWhatItNames() {
    // 日期 only says a day is asked; the notice never writes it
    assertThat(KB.answer("收悉日期").text()).contains("2027年3月3日");
  }

  @Test
  void payingIsWhatTheNoticeSaysOfCharges() {
    assertThat(KB.answer("劳动仲裁要交钱吗").text()).contains("仲裁不收费");
  }

  @Test
  void theNumberUnderTheTitleIsTheDocumentsNumber() {
    assertThat(KB.answer("意见书的文号是多少").text()).contains("云工信复〔2027〕第14号");
  }

  @Test
  void whatALawLaysDownFollowsItsName() {
    assertThat(KB.answer("劳动法第四十四条是怎么规定的").text()).contains("百分之一百五十");
  }

  /** Facts a paragraph of the lead announces, each run in under its own label, and what follows. */
  private static final String FINDINGS =
      """
      鹭川市云湖区总工会
      信访事项处理意见书

      周某某同志：

      你反映的问题，本会已组成调查组到公司实地调查。

      经调查核实，有关情况如下：

      （一）劳动关系。你于2024年9月2日入职恒瑞公司，双方于2024年9月10日签订书面劳动合同。

      （二）加班情况。2026年7月至12月，你在工作日延长工作时间共计186小时。

      （三）扣发工资。2027年1月，恒瑞公司以你擅自离岗为由扣发工资1850元。

      本会认为：《工资支付暂行规定》第十六条规定，每月扣除部分不得超过当月工资的百分之二十。

      现提出处理意见如下：

      一、恒瑞公司应于2027年4月15日前向你补发尚欠的加班工资7879.31元。

      二、恒瑞公司应于2027年4月15日前向你返还扣发的工资1850元。

      三、恒瑞公司应于2027年4月30日前向你支付经济补偿13400元。你在该公司工作2年零5个月，按2.5个月工资计算。

      区总工会权益保障部将在支付期限届满后5个工作日内向你回访核实。恒瑞公司逾期不履行的，本会将提请劳动保障监察大队依法处理。

      鹭川市云湖区总工会（盖章）
      2027年3月28日
      """;

  private static final KnowledgeBase FOUND =
      KnowledgeBase.of(List.of(new NoticeText("findings", Optional.empty(), FINDINGS)));

  @Test
  void thePointsALeadParagraphAnnouncesAreTheRunInFactsAfterIt() {
    assertThat(FOUND.answer("核实情况第二点是什么").text()).contains("加班情况");
  }

  @Test
  void theParagraphAfterTheAnnouncedFactsIsNotTheLastFacts() {
    Answer a = FOUND.answer("本会认为扣除部分不得超过多少");
    assertThat(a.text()).contains("百分之二十");
    assertThat(a.sources()).extracting(Source::section).doesNotContain("扣发工资");
  }

  @Test
  void anItemAtAPlaceOfAnAnnouncedListIsThatItem() {
    // not the topic sentences of the lead's paragraphs, which only the third item and the visit
    // have
    assertThat(FOUND.answer("第二项处理意见是什么").text()).contains("1850元");
    assertThat(FOUND.answer("第一项处理意见是什么").text()).contains("7879.31元");
  }

  @Test
  void aQuestionOfHowManyTimesIsAnsweredByAMultiple() {
    String facts =
        """
        （二）加班情况。你在休息日工作18天，国庆节法定休假日工作3天。

        本会认为：延长工作时间的，支付百分之一百五十；休息日工作又不能安排补休的，支付百分之二百；法定休假日工作的，支付百分之三百。
        """;
    KnowledgeBase kb = KnowledgeBase.of(List.of(new NoticeText("facts", Optional.empty(), facts)));
    // 几倍 asks a multiple (300%), not the count of days worked on it
    assertThat(kb.answer("法定假日加班几倍").text()).contains("百分之三百").doesNotContain("3天");
  }
}
