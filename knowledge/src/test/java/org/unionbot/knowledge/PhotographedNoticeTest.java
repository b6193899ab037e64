package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A printed, stamped notice photographed with a phone and run through OCR, pasted as it came out:
 * lines broken at the page's width in mid-word, page footers between them, a table whose columns
 * are lined up by spaces with a header and a cell wrapped onto lines of their own and a row of
 * totals, the stamp's ring read as a few spaced characters among stars. It is answered as the page
 * reads.
 */
class PhotographedNoticeTest {

  private static final String SCAN =
      """
      溪川市总工会文件
      溪工发〔2027〕21号

      关于举办2027年全市职工电工技能培训
      班的通知

      各区总工会,各产业工会:
      　　为提升职工技能水平，市总工会决定举办电工技
      能培训班，培训免费，结业考核合格的发给培训合格
      证书。现将有关事项通知如下：
      　　一、培训时间
      　　6月8日至6月19日，每天上午8:30开始，共10
      天，周末休息。
      　　二、培训地点
      　　市职工技能实训基地，地址:
      - 1 -
      临江区滨湖路88号实训楼二楼。
      　　三、名额分配
      单位            名额      报到日期
                      (人)
      临江区          40        6月6日
      溪东区          35        6月6日
      产业工会及市    25        6月7日
      直机关工会
      合计            100
      　　四、报名要求
      　　学员须为在职职工，年龄不超过50周岁。各单位于5月2
      6日前将报名表报市总工会职工技术协会，逾期不予受
      理。持有低压电工作业证的学员优先。
      　　联系人：许青禾　电话：0571-6602318
      溪川市总工会
      *溪 川 市 总
      ★ 工
      2027年5月12日
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(SCAN);

  @Test
  void theSignatureIsTheIssuerNotTheStampsRing() {
    assertThat(KB.answer("通知是哪个单位发的").text()).contains("溪川市总工会").doesNotContain("由工");
    assertThat(KB.answer("通知的标题是什么").text())
        .contains("关于举办2027年全市职工电工技能培训班的通知")
        .doesNotContain("溪工发");
  }

  @Test
  void aSentenceTheLinesBrokeInAWordReadsWhole() {
    assertThat(KB.answer("报名截止到哪天").text()).contains("5月26日前");
    assertThat(KB.answer("培训一共几天").text()).contains("共10天");
  }

  @Test
  void anAddressAfterItsLabelAndAPageFooterIsTheLabelsValue() {
    assertThat(KB.answer("培训地点的地址是哪里").text()).contains("临江区滨湖路88号实训楼二楼");
  }

  @Test
  void aTableLinedUpBySpacesIsReadByWhereItsCellsStart() {
    assertThat(KB.answer("溪东区有多少名额").text()).contains("35");
    assertThat(KB.answer("产业工会及市直机关工会几号报到").text()).contains("6月7日");
    assertThat(KB.answer("名额一共多少人").text()).contains("100");
  }
}
