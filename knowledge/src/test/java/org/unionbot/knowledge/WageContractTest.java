package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * An enterprise's wage collective contract: chapters of articles numbered straight through, the
 * parties as 甲方 and 乙方, a term that runs from one day to another.
 */
class WageContractTest {

  private static final String CONTRACT =
      """
      澄阳恒泰精密机械有限公司2027年度工资专项集体合同

      甲方：澄阳恒泰精密机械有限公司　　法定代表人：韩立新
      乙方：澄阳恒泰精密机械有限公司工会委员会　　工会主席：方淑华

      第一章　总则

      第一条　为建立职工工资正常增长机制，根据《中华人民共和国劳动合同法》等规定，甲乙双方经平等协商，订立本合同。

      第二条　甲方实行岗位绩效工资制。职工工资由以下四部分构成：
      （一）岗位工资，占月工资的比重不低于60%；
      （二）绩效工资，根据月度考核结果发放；
      （三）津贴补贴，包括技能津贴、夜班津贴等；
      （四）年终奖金，根据年度经营效益发放。

      第三条　职工的技能等级分为以下五部分
      （一）初级工；
      （二）中级工；
      （三）高级工；
      （四）技师；
      （五）高级技师。

      第四条　职工在当日22时至次日6时之间连续工作满4小时的，按一个夜班计算，甲方每班发放夜班津贴40元。职工在甲方连续工作满一年且本年度出勤不少于10个月的，甲方于次年春节前发放第十三个月工资。

      第五条　甲方对取得职业技能等级证书的职工按月发放技能津贴：初级工100元，中级工200元，高级工400元，技师600元，高级技师800元。

      第六条　因履行本合同发生争议的，双方应当协商解决；协商不成的，可申请劳动争议仲裁；对仲裁裁决不服的，可以依法向人民法院提起诉讼。

      第七条　甲乙双方各派协商代表5名，甲方首席代表为副总经理祁国栋，乙方首席代表为工会主席方淑华。

      第二章　附则

      第八条　本合同期限为一年，自2027年1月1日起至2027年12月31日止。合同期满前3个月内，任何一方均可书面提出签订下一年度合同的要求。

      甲方（盖章）：澄阳恒泰精密机械有限公司
      首席代表（签字）：祁国栋

      签订日期：2027年1月22日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("contract", Optional.empty(), CONTRACT)));

  @Test
  void aCompanysNameOverItsCharterIsOneTitle() {
    // the body that issues it heads the rules' own name on the line under it
    Notice charter =
        new NoticeParser()
            .parse(
                "charter",
                "洺州宏屹建工集团有限公司\n职工互助保障会章程\n（2027年3月12日公司第四届职工代表大会第二次会议通过）\n"
                    + "第一章　总　则\n第一条　为发扬互助互济精神，制定本章程。\n",
                Optional.empty());
    assertThat(charter.title()).isEqualTo("洺州宏屹建工集团有限公司职工互助保障会章程");
  }

  @Test
  void aChapterIsCountedFromTheEndAndAnArticleWithinItsChapter() {
    assertThat(KB.answer("倒数第二章是什么").text()).startsWith("第一章").contains("总则");
    // the article, the chapter only saying where it stands
    assertThat(KB.answer("第一章第一条说什么").text()).contains("为建立职工工资正常增长机制");
    // a chapter's own first article, where the articles are numbered on across chapters
    assertThat(KB.answer("第二章第一条说什么").text()).contains("本合同期限为一年");
  }

  @Test
  void aListAnArticleAnnouncesIsAnsweredOverItsChaptersArticles() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            岚江港务集团职工互助会章程

            第一章　总　则
            第一条　为发扬互助互济精神，制定本章程。
            第二章　会　员
            第二条　集团在职职工均可申请入会。
            第三条　会员享有下列权利：（一）享受互助金；（二）选举和被选举为会员代表；（三）查询本人缴费情况。
            第四条　会员履行下列义务：（一）按时缴纳会费；（二）如实提供申请材料。
            第五条　会员可以自愿退会。
            第三章　组织机构
            第六条　会员代表大会行使下列职权：（一）制定和修改本章程；（二）选举和罢免理事。
            """);
    // the chapter 「会员」 lists its articles; the rights are the items of the one that announces them
    assertThat(kb.answer("会员有哪些权利").text())
        .contains("享受互助金", "选举和被选举为会员代表", "查询本人缴费情况")
        .doesNotContain("自愿退会");
    assertThat(kb.answer("会员的第二项义务是什么").text()).contains("如实提供申请材料");
    // the chapter 「会员」 is not of 会员代表大会, a longer word the question names
    assertThat(kb.answer("会员代表大会的第二项职权").text()).contains("选举和罢免理事");
    // the list its label leads into, once
    String duties = kb.answer("会员有哪些义务").text();
    assertThat(duties.indexOf("如实提供申请材料")).isEqualTo(duties.lastIndexOf("如实提供申请材料")).isPositive();
  }

  @Test
  void aChapterIsSaidAsTheNoticeWritesItAndFoundByItsTitle() {
    // its wide space kept, as a worker would find it in the text
    assertThat(KB.answer("第一章是什么").text()).startsWith("第一章　总则").contains("第一条至第七条");
    assertThat(KB.answer("附则是第几章").text()).startsWith("第二章　附则");
    assertThat(KB.answer("附则在哪一章").text()).startsWith("第二章　附则");
  }

  @Test
  void aContractIsADocumentWhoseTitleIsItsName() {
    assertThat(KB.answer("这份合同叫什么").text()).contains("2027年度工资专项集体合同");
    assertThat(KB.answer("合同名称").text()).contains("2027年度工资专项集体合同");
  }

  @Test
  void aListIsCountedInTheWordsItsIntroCountsIt() {
    assertThat(KB.answer("职工工资由几部分构成").text()).contains("四部分");
    // an intro that counts its items in 部分 without a colon still introduces them
    assertThat(KB.answer("技能等级分几部分").text()).contains("五", "初级工", "高级技师");
  }

  @Test
  void whoOrWhenARuleHoldsIsTheClauseBeforeIt() {
    assertThat(KB.answer("什么情况算一个夜班").text()).contains("22时至次日6时之间连续工作满4小时");
    assertThat(KB.answer("第十三个月工资发给哪些人").text()).contains("连续工作满一年且本年度出勤不少于10个月");
  }

  @Test
  void aNamedFigureInAListIsGivenWithWhatTheListIsOf() {
    assertThat(KB.answer("高级工的技能津贴是多少").text())
        .contains("技能津贴", "高级工400元")
        .doesNotContain("初级工100元");
  }

  @Test
  void aStepComesWithTheStepsTakenWhenItFails() {
    assertThat(KB.answer("因履行合同发生争议怎么办").text()).contains("协商解决", "可申请劳动争议仲裁", "向人民法院提起诉讼");
  }

  @Test
  void aPostIsTheOneSaidRightBeforeTheName() {
    // not 首席代表（签字）：祁国栋, a label over a signature
    assertThat(KB.answer("祁国栋是什么职务").text()).contains("副总经理");
  }

  @Test
  void whenItExpiresIsTheEndOfItsTerm() {
    assertThat(KB.answer("合同什么时候到期").text()).contains("2027年12月31日");
  }

  /** The union's note that posts the contract to its members, over the contract it posts. */
  private static final String POSTED =
      """
      【工会公告】
      各位会员：2027年度工资专项集体合同已于3月2日经公司职工代表大会审议通过，现将全文公布如下。有疑问的可到工会办公室咨询。
      　　　　　　　　　　　　　　公司工会　2027年3月8日

      汀州远航物流有限公司2027年度工资专项集体合同

      甲方：汀州远航物流有限公司
      乙方：汀州远航物流有限公司工会委员会

      第一章　总则
      第一条　为建立工资正常增长机制，甲乙双方经平等协商，订立本合同。
      第二章　工资支付
      第二条　年终奖按下列规定发放：
      （一）年终奖总额不低于职工一个月平均工资；
      （二）年终奖于次年春节前发放。
      第三条　本合同自2027年4月1日起生效。
      """;

  @Test
  void aNoteThatPostsTheContractIsAPartOfItsOwnAndTheContractNamesTheNotice() {
    KnowledgeBase kb = QaSet.knowledgeBaseOf(POSTED);
    assertThat(kb.answer("这份合同叫什么").text()).contains("汀州远航物流有限公司2027年度工资专项集体合同");
    assertThat(kb.answer("工会公告是哪天发的").text()).contains("2027年3月8日");
    // the note's sign-off says who posted the contract, and when
    assertThat(kb.answer("谁公布的合同").text()).contains("公司工会");
    assertThat(kb.answer("合同哪天公布的").text()).contains("2027年3月8日");
  }

  @Test
  void aTimeBeforeAHolidayIsWhen() {
    assertThat(QaSet.knowledgeBaseOf(POSTED).answer("年终奖什么时候发").text()).contains("次年春节前");
  }

  @Test
  void anArticleAskedByItsNumberComesWholeWhenItFitsAPhone() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            汀州远航物流有限公司2027年度工资专项集体合同

            第一章　总则
            第一条　为建立工资正常增长机制，甲乙双方经平等协商，订立本合同。
            第二章　加班工资
            第二条　甲方安排职工延长工作时间的，按下列标准支付加班工资：
            （一）工作日延长工作时间的，按不低于本人小时工资的150%支付；
            （二）休息日安排工作又不能安排补休的，按不低于本人日工资的200%支付；
            （三）法定休假日安排工作的，按不低于本人日工资的300%支付。
            第三条　本合同自2027年4月1日起生效。
            """);
    // the third item had been cut off at the length of a sentence's answer
    assertThat(kb.answer("第二条规定了什么").text()).startsWith("第二条：").contains("150%", "200%", "300%");
  }

  @Test
  void whichArticleSaysSomethingIsAnsweredWithTheArticle() {
    assertThat(KB.answer("合同期限在哪一条").text()).startsWith("见第八条");
    assertThat(KB.answer("劳动争议仲裁在哪一条").text()).startsWith("见第六条");
  }

  @Test
  void whoActsForAPartyIsSaidAsThatPartys() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            汀州远航物流有限公司2027年度工资专项集体合同

            甲方：汀州远航物流有限公司
            法定代表人：程远山　　首席代表：苏明（人力资源部经理）
            协商代表：苏明、何晴（财务部经理）
            乙方：汀州远航物流有限公司工会委员会
            工会主席：林秋　　首席代表：林秋
            协商代表：林秋、马小川（驾驶员）

            第一条　甲乙双方各派协商代表2名，订立本合同。
            第二条　本合同自2027年4月1日起生效。
            """);
    assertThat(kb.answer("甲方协商代表有谁").text()).contains("何晴").doesNotContain("马小川");
    assertThat(kb.answer("乙方首席代表是谁").text()).contains("林秋").doesNotContain("苏明");
  }

  @Test
  void whomAndUnderWhatTheClausesHoldComeWithThem() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            汀州远航物流有限公司2027年度工资专项集体合同

            第一条　实行倒班的职工，中班津贴每班20元，夜班津贴每班45元。
            第二条　每年7月至9月，甲方向室外作业职工发放高温津贴300元/月，其他岗位职工发放150元/月。
            第三条　人社局自收到本合同之日起15日内未提出异议的，本合同即行生效。
            """);
    assertThat(kb.answer("谁能拿夜班津贴").text()).contains("实行倒班的职工");
    assertThat(kb.answer("高温津贴哪几个月发").text()).contains("7月至9月");
    assertThat(kb.answer("合同怎么生效").text()).contains("15日内未提出异议");
  }

  @Test
  void anItemOfAnArticleIsAskedByTheArticleAndItsPlace() {
    assertThat(KB.answer("第二条第三项是什么").text()).startsWith("第二条第三项").contains("津贴补贴");
    assertThat(KB.answer("第三条的第五项是什么").text()).contains("高级技师");
  }
}
