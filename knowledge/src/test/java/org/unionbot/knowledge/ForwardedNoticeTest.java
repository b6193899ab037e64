package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * A company union's cover message over the district union's notice it forwards (转发): two
 * signatures, two contacts, and the forwarded notice's own document number and addressee.
 */
class ForwardedNoticeTest {

  private static final String FORWARD =
      """
      转发：关于开展全区职工健康讲座进企业活动的通知

      各分工会：

      现将区总工会《关于开展全区职工健康讲座进企业活动的通知》转发给你们，请结合实际做好组织工作。

      1.名额。公司共10个听讲名额，一车间6名、二车间4名。

      2.报名。请于5月6日前将名单报公司工会办公室。

      公司工会联系人：许晓岚，内线分机6021。

      江岸明达电子有限公司工会
      2027年4月28日

      ---------- 转发的通知 ----------

      关于开展全区职工健康讲座进企业活动的通知

      汀工发〔2027〕7号

      各街道总工会，各直属基层工会：

      为增强职工健康意识，区总工会决定开展健康讲座进企业活动。现将有关事项通知如下：

      一、讲座时间

      2027年5月20日下午2:30。

      二、讲座地点

      区职工服务中心三楼报告厅。

      三、听讲名额

      全区共设听讲名额300个，其中企业职工240个、机关事业单位职工60个。

      四、其他事项

      请各单位于5月10日前报送名单。联系人：区总工会宣教部 邹明，电话：0731-5560218。

      汀湖区总工会
      2027年4月25日
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(FORWARD);

  @Test
  void theCoverMessageAndTheForwardedNoticeAreSignedApart() {
    Notice n = new NoticeParser().parse("f", FORWARD, Optional.empty());
    assertThat(n.forwardedBy()).contains("江岸明达电子有限公司工会");
    assertThat(n.forwardedOn()).contains("2027年4月28日");
    assertThat(n.issuer()).contains("汀湖区总工会");
    assertThat(n.dateline()).contains("2027年4月25日");
    // the forwarded notice's addressee is its own, not the cover message's
    assertThat(n.addressee()).contains("各分工会");
    assertThat(n.sections())
        .anySatisfy(s -> assertThat(s.heading()).isEqualTo("转发的通知：关于开展全区职工健康讲座进企业活动的通知"));
    assertThat(n.captions()).isEmpty();
  }

  @Test
  void whoForwardedItAndWhoIssuedItAreAskedApart() {
    assertThat(KB.answer("这个通知是谁转发的").text()).startsWith("这份通知由江岸明达电子有限公司工会转发");
    assertThat(KB.answer("原通知是谁发的").text()).startsWith("原通知由汀湖区总工会印发");
    assertThat(KB.answer("公司工会是哪天转发的").text()).contains("2027年4月28日");
    assertThat(KB.answer("区总工会的通知是哪天发的").text()).startsWith("原通知由汀湖区总工会印发，落款日期2027年4月25日");
  }

  @Test
  void theForwardedNoticesNumberIsItsOwnLine() {
    assertThat(KB.answer("原通知的文号是多少").text()).contains("汀工发〔2027〕7号");
  }

  @Test
  void aCountOfPlacesMaySayGeOrMing() {
    // 名额 is counted in 个 as often as in 名
    assertThat(KB.answer("企业职工有多少名额").text()).contains("240个");
  }

  @Test
  void aQuestionOfTwoCountsGetsBoth() {
    assertThat(KB.answer("公司名额和全区名额各多少").text()).contains("10个", "300个");
  }

  @Test
  void bothContactsAnswerAQuestionThatNamesNeither() {
    assertThat(KB.answer("联系人是谁").text()).contains("许晓岚", "邹明").doesNotContain("（");
  }
}
