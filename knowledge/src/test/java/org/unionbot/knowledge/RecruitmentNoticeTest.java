package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A recruitment announcement and an election notice: posts as lines a numbered label opens
 * (岗位代码01：…), numbered lines whose label runs in before a colon and one of which heads a list of
 * its own, a heading that joins two things, a heading of steps, a date its sentence labels as the
 * time, and an extension number as the contact.
 */
class RecruitmentNoticeTest {

  private static final String NOTICE =
      """
      桐川市总工会2027年公开招聘社会化工会工作者公告

      经研究，面向社会公开招聘社会化工会工作者12名。现将有关事项公告如下：

      一、招聘岗位和人数
      岗位代码01：综合服务岗，招聘3名，服务东城区职工服务站。
      岗位代码02：法律维权岗，招聘2名，服务市职工法律援助中心。
      岗位代码03：帮扶救助岗，招聘7名，服务南港区各街道帮扶站点。
      每人限报1个岗位，报名后不得更改。

      二、招聘条件
      （一）年满18周岁、不超过35周岁（1992年1月1日以后出生）；具有硕士研究生及以上学历的，年龄可放宽至38周岁（1989年1月1日以后出生）。
      （二）具有全日制大学本科及以上学历。

      三、报名时间和方式
      （一）报名时间：2027年3月8日9:00至3月12日17:00，逾期不予受理。
      （二）报名方式：一律采取网上报名。报考人员关注“桐川工会”公众号，在“招聘报名”栏目如实填写信息，并将以下材料扫描合成一个PDF文件，发送至电子邮箱tczgh@163.com：
      1.《报名登记表》；
      2.居民身份证正反面；
      3.毕业证书；
      4.近期免冠2寸彩色证件照1张。

      四、考试
      考试分为笔试和面试两个环节。
      （一）笔试。时间为2027年3月27日上午9:00—11:00，内容为工会基础知识、公共基础知识和公文写作，满分100分。准考证于3月24日至3月26日在公众号下载打印，考点地址以准考证为准。
      （二）面试。面试于4月10日举行，采取结构化面试。

      五、工作步骤和时间安排
      （一）推荐人选。4月20日前，各单位完成推荐。
      （二）审查公示。5月6日至5月10日在公司OA系统公示。
      （三）报批聘用。5月14日前报市总工会审批。

      联系人：市总工会组织部 林晓雯，内线电话：8236。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("recruit", Optional.empty(), NOTICE)));

  @Test
  void linesANumberedLabelOpensAreTheItemsOfTheirSection() {
    assertThat(KB.answer("有哪些岗位").text()).contains("综合服务岗", "法律维权岗", "帮扶救助岗");
    assertThat(KB.answer("第二个岗位是什么").text()).contains("法律维权岗，招聘2名");
    assertThat(KB.answer("最后一个岗位是什么").text()).contains("帮扶救助岗");
  }

  @Test
  void aNumberedLineWithAListOfItsOwnHeadsIt() {
    assertThat(KB.answer("第三项材料是什么").text()).contains("毕业证书");
    assertThat(KB.answer("要交哪些材料").text()).contains("居民身份证正反面", "证件照");
  }

  @Test
  void whatASentenceSaysBeforeItLeadsIntoAListIsNotTheLists() {
    assertThat(KB.answer("在公众号哪个栏目报名").text()).contains("招聘报名");
  }

  @Test
  void aDateItsSentenceLabelsAsTheTimeAnswersWhen() {
    assertThat(KB.answer("笔试什么时候考").text()).contains("2027年3月27日");
  }

  @Test
  void aHeadingOfStepsIsAskedByStep() {
    assertThat(KB.answer("有哪几步").text()).contains("推荐人选", "审查公示", "报批聘用");
    assertThat(KB.answer("第二步是什么").text()).contains("审查公示");
  }

  @Test
  void anExtensionNumberIsTheNoticesOneContact() {
    Answer a = KB.answer("联系电话多少");
    assertThat(a.text()).contains("8236");
    assertThat(a.lowConfidence()).isFalse();
  }

  @Test
  void aCaseThatRelaxesARuleComesWithTheRule() {
    assertThat(KB.answer("年龄有什么要求").text()).contains("不超过35周岁", "放宽至38周岁");
  }

  @Test
  void aQuestionOfContentGetsTheClauseThatSaysIt() {
    assertThat(KB.answer("笔试考什么内容").text()).contains("工会基础知识", "公文写作");
  }
}
