package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A service guide in Markdown whose headings are the workers' own questions (## 卡丢了怎么办？), with a
 * counted list of steps, a counted list of partners whose bullets the parser takes off, a bank's
 * five-digit service number and the places to go.
 */
class GuideNoticeTest {

  private static final String GUIDE =
      """
      # 河东区总工会职工书香借阅卡办理指南

      职工书香借阅卡（简称“借阅卡”）由河东区总工会发放，持卡可在合作书店借书购书。为方便职工办卡用卡，现将有关事项说明如下。

      ## 谁可以办理？

      在河东区建会单位工作的在职工会会员，均可申请办理。每人限办一张。

      ## 怎么办理？

      办卡共分三步：

      1. 登录微信小程序“河东职工之家”，完成实名认证并上传一张近期照片；
      2. 所在单位工会在3个工作日内完成审核；
      3. 审核通过后，到河东区职工服务中心一楼服务窗口领卡。

      首次办卡免收工本费，不收年费。

      ## 能去哪些书店？

      目前共有4家合作书店，持卡即可享受以下服务：

      - 新华书店河东店：每月免费借书5本；
      - 墨香书局：购书9折；
      - 知行书屋：每月免费借书3本；
      - 晨光书店：购书8.5折。

      ## 卡丢了怎么办？

      1. 立即拨打客服电话96528挂失；
      2. 3天内到原发卡窗口办理补卡，补卡收取工本费5元；
      3. 新卡在5个工作日内制成。

      ## 卡能用多久？

      借阅卡有效期为3年，到期前可在小程序申请换卡。

      ## 不想用了怎么注销？

      本人携带身份证和借阅卡到服务窗口申请注销，3个工作日内办结。

      河东区总工会

      2027年4月1日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("guide", Optional.empty(), GUIDE)));

  @Test
  void aHeadingThatIsTheWorkersQuestionIsAnsweredWithWhatItHolds() {
    String lost = KB.answer("卡丢了怎么办").text();
    assertThat(lost).contains("96528", "补卡", "新卡").doesNotContain("卡丢了怎么办？共");

    // the heading leaves out what the title names (借阅卡); the worker says it
    assertThat(KB.answer("谁可以办借阅卡").text()).contains("在职工会会员");
  }

  @Test
  void aCountedListIsAskedByPositionInItsOwnMeasure() {
    assertThat(KB.answer("第一步是什么").text()).contains("实名认证").doesNotContain("怎么办理？的");
    assertThat(KB.answer("最后一步是什么").text()).contains("领卡");
  }

  @Test
  void bulletsTheIntroCountsAreTheListOfWhatItCounts() {
    assertThat(KB.answer("有哪些合作书店").text())
        .contains("新华书店河东店", "墨香书局", "知行书屋", "晨光书店")
        .doesNotContain("；；");
    assertThat(KB.answer("第三家合作书店是哪家").text()).contains("知行书屋");
    assertThat(KB.answer("有几家合作书店").text()).contains("4家");
  }

  @Test
  void everydayQuestionsHanlpCutsAmiss() {
    // 有年|费: the notice's 年费 lost its first character to 有
    assertThat(KB.answer("有年费吗").text()).contains("不收年费");
    // 谁负责审核 asks who does it; 注销要带什么 what to bring, which this notice never calls 材料
    assertThat(KB.answer("谁负责审核").text()).contains("所在单位工会");
    assertThat(KB.answer("注销要带什么").text()).contains("身份证和借阅卡");
  }

  @Test
  void theGuideItselfIsAskedAboutByItsKind() {
    assertThat(KB.answer("这是什么指南").text()).contains("职工书香借阅卡办理指南");
    assertThat(KB.answer("为什么发这个指南").text()).contains("为方便职工办卡用卡");
  }

  @Test
  void whichThingIsNotAnsweredSurelyByASentenceThatLeavesItUnnamed() {
    // 可在小程序申请换卡 names no mini-program; 登录微信小程序“河东职工之家” does
    Answer which = KB.answer("在哪个小程序申请");
    assertThat(which.text().contains("河东职工之家") || which.lowConfidence()).isTrue();

    // 8家规模以上企业 counts the companies without naming one
    KnowledgeBase report = QaSet.knowledgeBaseOf("职工心理关爱报道\n\n区总工会已在8家规模以上企业建成“职工心理咨询室”。\n");
    Answer company = report.answer("心理咨询室在哪个企业");
    assertThat(company.kind() == Answer.Kind.FALLBACK || company.lowConfidence()).isTrue();
  }

  @Test
  void aServiceNumberOfFiveDigitsIsAPhoneNumber() {
    assertThat(KB.answer("挂失电话是多少").text()).contains("96528");
  }

  @Test
  void whereToGoIsAnsweredWithTheCounterOrBranch() {
    assertThat(KB.answer("去哪领卡").text()).contains("服务窗口");
    assertThat(KB.answer("补卡去哪办").text()).contains("原发卡窗口");
  }

  @Test
  void underAHeadingThatAsksTheQuestionTheOpeningSentenceStatesTheRule() {
    KnowledgeBase services =
        QaSet.knowledgeBaseOf(
            "# 职工书香借阅卡办理指南\n\n## 能享受哪些服务？\n\n"
                + "持卡会员出示借阅卡并刷卡，即可享受以下服务：每月免费借书5本，购书9折。"
                + "以上服务不与书店其他促销同时享受。合作书店名单如有调整，以小程序公布的为准。\n");

    assertThat(services.answer("怎么才能享受服务").text()).contains("出示借阅卡并刷卡");
  }
}
