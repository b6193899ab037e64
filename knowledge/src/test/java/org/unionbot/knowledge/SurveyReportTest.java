package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A survey report: its findings are shares of those asked, of one group and of the rest, and it
 * calls itself a 报告, not a 通知.
 */
class SurveyReportTest {

  private static final String REPORT =
      """
      关于全市新就业形态劳动者权益保障情况的调查报告

      2027年7月至9月，市总工会组成联合调研组，共回收有效问卷2860份。

      一、基本情况
      从职业分布看，外卖骑手占41.3%，快递员占24.8%，网约车司机占18.6%。

      二、主要问题
      入会意愿较强，组织覆盖仍有短板。已加入工会的占42.7%，比2025年调查时提高了11.2个百分点；未入会的受访者中，表示“愿意加入”的占76.5%。

      三、原因分析
      从用工关系看，平台企业多采用外包、众包等模式，劳动关系认定难，用工责任不清。从工会工作看，劳动者流动性强、工作时间分散，传统的建会入会和服务方式难以有效覆盖。

      四、对策建议
      加大建会入会力度。推行扫码入会，2028年新发展新就业形态劳动者会员1.2万名。
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("survey", Optional.empty(), REPORT)));

  @Test
  void thoseWhoHaveJoinedAreNotThoseWhoHaveNot() {
    // 未入会的…占76.5% says the opposite of what is asked, though it shares more of its words
    assertThat(KB.answer("已加入工会的受访者占多少").text()).doesNotContain("76.5%");
    assertThat(KB.answer("未入会的受访者中愿意加入的占多少").text()).contains("76.5%");
  }

  @Test
  void aShareIsAnsweredWithAShareNotACount() {
    // 2860份 and 1.2万名 are counts, no share of those asked
    assertThat(KB.answer("扫码入会的会员占多少").text()).doesNotContain("1.2万名");
    assertThat(KB.answer("有效问卷占多少").text()).doesNotContain("2860份");
  }

  @Test
  void theReportsPartsAreItsHeadings() {
    assertThat(KB.answer("报告的第一部分是什么").text()).contains("基本情况");
    assertThat(KB.answer("报告分为几个部分").text()).contains("四个部分").contains("对策建议");
  }

  @Test
  void aCauseIsWhatTheWholeSentenceSays() {
    assertThat(KB.answer("从工会工作看原因是什么").text()).contains("难以有效覆盖");
    assertThat(KB.answer("从用工关系看原因是什么").text()).contains("用工责任不清");
  }
}
