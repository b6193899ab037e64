package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A circular of typical cases (典型案例通报): a document number under the title, cases headed 案例一：…, each
 * in the same parts 【基本案情】【处理结果】, then requirements under a heading of no number.
 */
class CaseCircularTest {

  private static final KnowledgeBase CIRCULAR =
      QaSet.knowledgeBaseOf(
          """
          关于2027年上半年劳动法律监督典型案例的通报

          江工发〔2027〕8号

          各区总工会，各产业工会：

          今年上半年，全市各级工会共受理职工投诉求助215件。现将2个典型案例通报如下。

          案例一：某物流公司拖欠快递员工资案

          【基本案情】东城区某物流公司以资金紧张为由，拖欠18名快递员两个月的工资，合计26.4万元。快递员代表于3月2日向区快递行业工会联合会求助。

          【处理结果】区快递行业工会联合会联系劳动保障监察大队，组织双方调解。经2轮调解，公司于3月20日付清全部欠薪。

          案例二：某餐饮公司违法解除劳动合同案

          【基本案情】厨师周立新在西城区某餐饮公司连续工作5年，公司以经营调整为由口头辞退他，拒绝支付补偿。

          【处理结果】区总工会法律援助站指派律师代理其申请劳动仲裁，仲裁委裁决公司支付赔偿金7.2万元。

          下一步工作要求

          一是加强学习宣传。各级工会要组织学习典型案例。

          二是强化监督检查。发现问题及时发出意见书。

          江城市总工会
          2027年7月10日

          抄送：市人力资源和社会保障局。
          """);

  @Test
  void eachCaseIsAPartOfItsOwnWithItsParts() {
    assertThat(CIRCULAR.answer("案例一是怎么处理的").text()).contains("调解");
    assertThat(CIRCULAR.answer("案例二的处理结果是什么").text()).contains("7.2万元");
    assertThat(CIRCULAR.answer("案例二的处理结果是什么").text()).contains("案例二：某餐饮公司违法解除劳动合同案·处理结果");
    assertThat(CIRCULAR.answer("一共通报了几个案例").text()).contains("2");
  }

  @Test
  void theNumberUnderTheTitleLeavesTheAddresseeAndTheCopyLineApart() {
    assertThat(CIRCULAR.answer("这份通报是发给谁的").text()).contains("各区总工会");
    assertThat(CIRCULAR.answer("抄送给哪些单位").text()).contains("市人力资源和社会保障局");
    assertThat(CIRCULAR.answer("通报的文号是多少").text()).contains("江工发〔2027〕8号");
    assertThat(CIRCULAR.answer("发文字号是多少").text()).contains("江工发〔2027〕8号");
  }

  @Test
  void aLineOverNumberedPointsHeadsThem() {
    assertThat(CIRCULAR.answer("下一步工作要求有哪些").text()).contains("加强学习宣传", "强化监督检查");
  }

  @Test
  void whichCaseSaysSomethingIsNamedByItsHeading() {
    // named in the reply itself, not only in the part it cites
    assertThat(said(CIRCULAR.answer("哪个案例是通过仲裁解决的"))).contains("案例二");
    assertThat(said(CIRCULAR.answer("哪个案例涉及快递员"))).contains("案例一");
  }

  @Test
  void whoDidItAndWhenAreTheClausesBeforeWhatWasDone() {
    KnowledgeBase circular =
        QaSet.knowledgeBaseOf(
            """
            关于2027年上半年全区工会劳动法律监督典型案例的通报

            为以案释法，区总工会从各街道总工会报送的26个案例中，评选出3个典型案例。

            一、某超市拖欠理货员工资案
            2027年3月，某超市工会收到职工反映：理货员连续两个月未领到工资。超市工会向区总工会报告后，欠薪当月全部补发。
            """);
    assertThat(circular.answer("典型案例是谁评选出来的").text()).contains("区总工会");
    assertThat(circular.answer("超市工会什么时候收到职工反映").text()).contains("2027年3月");
  }

  private static String said(Answer a) {
    return a.text().split("——摘自")[0];
  }
}
