package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A transcript of a workers' forum (问答实录) in Markdown: each turn names its speaker in parentheses
 * after 问 or 答, one question asked by two workers together and answered by two officials, a
 * follow-up and the host's line between.
 */
class ForumTranscriptTest {

  private static final String TRANSCRIPT =
      """
      # 面对面听心声｜2027年第二季度职工恳谈会问答实录

      原创　苓溪工会　2027-05-14 18:30

      5月12日下午，职工恳谈会在市职工服务中心三楼报告厅举行，62名职工代表参加。现将部分问答整理如下。

      **问**（顺捷快递城东营业部　快递员　张某）：我跟站点签的是“合作协议”，没有交社保。送件路上摔伤了算不算工伤？

      **答**（市人社局工伤保险处处长　钱立新）：你这种情况可以纳入职业伤害保障，个人无需缴费。

      **问**（“速达外卖”骑手　刘某、“畅行出行”网约车司机　陈某，两人共同提问）：我们俩都是外地户口，能不能在本地交职工医保？

      **答**（市医保局待遇保障处处长　孟凡舒）：可以。持居住证即可参加职工医保，每月个人缴纳约486元。

      **答**（市总工会权益保障部部长　谭振宇）：补充一点，两位如果已经加入工会，还可以免费享受“骑士守护”专项保险。

      **主持人**（沈佩兰）：下面请建筑行业的职工朋友提问。

      **问**（苓溪城建集团滨河项目部　钢筋工　王某）：包工头跑了，四个月工资还欠着。该找谁？

      **答**（市人社局劳动保障监察支队副支队长　黄振华）：可以拨打劳动保障监察投诉电话0763-8231200。

      **追问**（王某）：要是总包单位也不认账呢？

      **答**（黄振华）：逾期仍不支付的，列入失信联合惩戒名单。

      **问**（苓溪好帮手家政服务公司　家政服务员　孙某）：我想考个育婴员证，能补多少？

      **答**（市人社局职业能力建设处处长　林雪梅）：取得职业技能等级证书的，可以申领技能提升补贴：初级工1000元，中级工1500元，高级工2000元。

      恳谈会持续近3个小时。周启明在总结时表示，职工的“急难愁盼”就是工会工作的“必答题”。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("forum", Optional.empty(), TRANSCRIPT)));

  @Test
  void aQuestionByItsPlaceNamesWhoAskedAndWhoAnswered() {
    assertThat(KB.answer("第一个提问的职工是谁").text()).contains("张某");
    assertThat(KB.answer("第二个问题是谁提的").text()).contains("刘某", "陈某");
    assertThat(KB.answer("最后一个提问的是谁").text()).contains("孙某");
    assertThat(KB.answer("第一个问题由谁回答").text()).contains("钱立新");
  }

  @Test
  void aWorkerByNameIsWhatTheyAskedWhereTheyWorkAndWhoAnsweredThem() {
    assertThat(KB.answer("张某问了什么问题").text()).contains("送件路上摔伤了算不算工伤");
    assertThat(KB.answer("王某遇到了什么问题").text()).contains("包工头跑了");
    assertThat(KB.answer("张某是做什么工作的").text()).contains("快递员");
    assertThat(KB.answer("谁回答了刘某和陈某的问题").text()).contains("孟凡舒", "谭振宇");
    assertThat(KB.answer("王某追问了什么").text()).contains("总包单位也不认账");
  }

  @Test
  void theAskersAndTheAnswerersAreListedInOrder() {
    assertThat(KB.answer("有哪些职工提问").text()).contains("张某", "刘某、陈某", "王某", "孙某");
    assertThat(KB.answer("市人社局有哪几位回答了问题").text())
        .contains("钱立新", "黄振华", "林雪梅")
        .doesNotContain("孟凡舒");
    assertThat(KB.answer("林雪梅是什么职务").text()).contains("市人社局职业能力建设处处长");
  }

  @Test
  void theWorkersQuestionsAreOfferedAsTheyAskedThem() {
    assertThat(KB.answer("食堂几点开门").text()).contains("送件路上摔伤了算不算工伤？").doesNotContain("张某问");
  }

  @Test
  void whatAnAnswerSaysIsAnsweredFromItNotFromTheLineNamingWhoGaveIt() {
    assertThat(KB.answer("持什么证可以参加职工医保").text()).contains("居住证");
    assertThat(KB.answer("摔伤了个人要缴费吗").text()).contains("个人无需缴费");
    assertThat(KB.answer("高级工补贴多少钱").text()).contains("高级工2000元");
  }

  @Test
  void whatAVerbOfSayingLeadsIntoIsWhatWasSaid() {
    assertThat(KB.answer("周启明在总结时说了什么").text()).contains("必答题");
  }

  @Test
  void thePostsAccountLineIsItsBylineNotACaption() {
    assertThat(KB.answer("作者是谁").text()).contains("苓溪工会");
    assertThat(KB.answer("图片上是什么").text()).doesNotContain("2027-05-14");
  }

  @Test
  void aCitationCutsAWorkersLongQuestionToFitAPhone() {
    assertThat(KB.answer("持什么证可以参加职工医保").text())
        .contains("——摘自「“速达外卖”骑手")
        .doesNotContain("能不能在本地交职工医保？");
  }

  @Test
  void theAccountThatPostedItIsNamedFromItsAccountLineAsTyped() {
    assertThat(KB.answer("这篇文章是哪个公众号发的").text()).contains("“苓溪工会”公众号", "原创　苓溪工会　2027-05-14 18:30");
  }

  @Test
  void aFigureIsOfTheDeedNotOfWhatFollowsIt() {
    // not 立案后一般在30个工作日内办结, which counts from the deed asked
    KnowledgeBase complaint =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "complaint",
                    Optional.empty(),
                    TRANSCRIPT.replace(
                        "0763-8231200。", "0763-8231200。接到投诉后5个工作日内决定是否立案，立案后一般在30个工作日内办结。"))));
    assertThat(complaint.answer("几天立案").text().split("——摘自")[0]).contains("5个工作日内决定是否立案");
  }

  @Test
  void theSourceLineAnswersWhereThePostComesFromBesideTheUnionThatSignsIt() {
    KnowledgeBase signed =
        KnowledgeBase.of(
            List.of(
                new NoticeText(
                    "signed",
                    Optional.empty(),
                    TRANSCRIPT + "\n苓溪市总工会\n\n2027年5月14日\n\n来源：苓溪市总工会权益保障部　｜　编辑：罗佳宁\n")));
    assertThat(signed.answer("文章的来源是哪里").text()).contains("来源：苓溪市总工会权益保障部");
    assertThat(signed.answer("落款单位是哪个").text()).contains("苓溪市总工会印发");
  }

  @Test
  void aPostIsPostedWhenItsAccountLineSays() {
    // not only the day its end is signed, where it has one
    assertThat(KB.answer("文章是什么时候发布的").text()).contains("2027-05-14 18:30");
  }
}
