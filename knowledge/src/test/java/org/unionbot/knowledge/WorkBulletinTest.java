package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A union's work bulletin: a masthead, a table of contents of ◆ lines, items under headlines tagged
 * with their column (【基层动态】…), and a column of news in brief whose lines open with △.
 */
class WorkBulletinTest {

  private static final String BULLETIN =
      """
      工 会 工 作 简 报
      第9期
      青禾县总工会办公室编　　　　2027年5月10日

      本期导读
      ◆东坪镇工会举办农民工夜校
      ◆县职工服务中心开通24小时热线
      ◆县公交公司“安全行车百日赛”收官
      ◆简讯三则

      【基层动态】东坪镇工会举办农民工夜校
      4月20日，东坪镇工会在镇文化站开办农民工夜校，首期招收学员85人，开设电工、焊工两个班，每周二、周四晚上授课，学费由镇工会全额承担。镇工会主席刘春燕说，今年还将在3个村开设夜校教学点。

      【维权服务】县职工服务中心开通24小时热线
      5月1日起，县职工服务中心开通24小时维权热线12351，由3名律师轮流值守，职工遇到欠薪、工伤等问题可随时拨打。开通首周，热线共接听来电126个，其中咨询欠薪问题的占四成。

      【工作交流】南屏乡工会：“两个一”推动骑手入会
      今年以来，南屏乡工会探索形成“两个一”工作法。一是建好“一个驿站”，在物流园区和配送站点建成“骑手驿站”12个，提供饮水、充电、歇脚等服务；二是推出“一张码”，骑手扫码即可在手机上完成入会，平均用时不到3分钟。

      【劳动竞赛】县公交公司“安全行车百日赛”收官
      5月6日，县公交公司工会在公司调度中心召开“安全行车百日赛”总结表彰会。竞赛自1月26日至5月5日，全公司120名驾驶员参赛，驾驶员柯文彬等10人被评为“百日无事故标兵”，每人获奖金1000元。

      【简讯】
      △5月3日，县总工会召开女职工工作会议，40余人参加。
      △5月6日，县总工会为环卫工人送去防暑药品300份。
      △5月8日，县总工会启动职工书画展征稿，截止日期为6月30日。

      报：市总工会办公室，县委办公室
      送：县总工会领导班子成员
      发：各乡镇工会，县直各单位工会
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(BULLETIN);

  @Test
  void theLinesUnderTheTableOfContentsAreItsItems() {
    assertThat(KB.answer("本期导读第二条是什么").text()).contains("县职工服务中心开通24小时热线");
  }

  @Test
  void aLineOfTheTableOfContentsLeavesTheAnswerToThePartItNames() {
    // a title with quotes of its own, as a refusal offers it
    Answer a = KB.answer("关于“县公交公司‘安全行车百日赛’收官”，通知是怎么说的？");
    assertThat(a.text()).contains("120名驾驶员");
    assertThat(a.sources()).noneMatch(s -> s.section().equals("本期导读"));
    // the line only repeats the headline: what happened is the item's
    Answer asked = KB.answer("县公交公司安全行车百日赛收官了吗");
    assertThat(asked.text()).contains("总结表彰会");
    assertThat(asked.sources()).noneMatch(s -> s.section().equals("本期导读"));
  }

  @Test
  void eachLineOfNewsInBriefIsAnItemOfItsColumn() {
    // △ marks a line of a list here, not a photo's caption
    assertThat(KB.answer("简讯第二条是什么").text()).contains("防暑药品");
    assertThat(KB.answer("简讯最后一条讲的是什么").text()).contains("书画展");
  }

  @Test
  void whetherItWasOnADayIsAnsweredWithTheDay() {
    assertThat(KB.answer("东坪镇的夜校是五月开办的吗").text()).contains("4月20日");
  }

  @Test
  void whomTheBulletinGoesToIsItsLineOfThatKind() {
    assertThat(KB.answer("简报发给哪些单位").text()).contains("各乡镇工会").doesNotContain("县委办公室");
    assertThat(KB.answer("这期简报报给了哪些单位").text()).contains("市总工会办公室");
    assertThat(KB.answer("简报送给谁").text()).contains("县总工会领导班子成员");
  }

  @Test
  void aTitleWonIsWhatOneWasNamed() {
    // 称号 of 被评为“…”
    assertThat(KB.answer("柯文彬获得了什么称号").text()).contains("百日无事故标兵");
  }

  @Test
  void whichDayItDroveInIsNotWhichDayItBegan() {
    KnowledgeBase brief =
        QaSet.knowledgeBaseOf("简讯\n\n5月9日，县总工会“职工书屋”流动服务车首次开进县工业园区，向园区企业职工赠送图书800册。\n");
    // 哪天开进 asks the day it drove in, not the start of a period
    assertThat(brief.answer("流动服务车哪天开进工业园区").text()).contains("5月9日");
  }

  @Test
  void aNumberInAQuotedNameCountsNothing() {
    assertThat(KB.answer("南屏乡建了多少个驿站").text()).contains("12个");
  }

  @Test
  void fromWhenToWhenIsAnsweredByBothEnds() {
    // not by the day of the meeting that closed it, which names the contest word for word
    assertThat(KB.answer("安全行车百日赛是从什么时候到什么时候").text()).contains("1月26日至5月5日");
  }

  @Test
  void aTaggedHeadlineHeadsItsItem() {
    Answer a = KB.answer("农民工夜校开设了哪些班");
    assertThat(a.text()).contains("电工、焊工");
    assertThat(a.sources()).anyMatch(s -> s.section().contains("东坪镇工会举办农民工夜校"));
  }

  @Test
  void aTagOnALineOfItsOwnLeavesTheHeadlineUnderItToHeadTheItem() {
    // two items under one column's tag, each over its headline: each is its own part
    KnowledgeBase issue =
        QaSet.knowledgeBaseOf(
            """
                    工会工作简报
                    第3期

                    【工作动态】
                    县总工会召开职工书屋建设推进会
                    3月8日上午，县总工会在县行政中心第二会议室召开职工书屋建设推进会，各乡镇工会负责同志共42人参加。

                    【工作动态】
                    全县职工象棋比赛落幕
                    3月15日，全县职工象棋比赛在县文化馆三楼举行，来自28家单位的64名选手参赛，县电力公司选手获得冠军。
                    """);
    Answer a = issue.answer("象棋比赛在哪里举行");
    assertThat(a.text()).contains("县文化馆三楼");
    assertThat(a.sources()).anyMatch(s -> s.section().equals("全县职工象棋比赛落幕"));
    Answer b = issue.answer("推进会有多少人参加");
    assertThat(b.text()).contains("42人");
    assertThat(b.sources()).anyMatch(s -> s.section().equals("县总工会召开职工书屋建设推进会"));
  }

  @Test
  void theMastheadSaysWhoCompiledTheIssueAndWhen() {
    // no signature at the end: the masthead's 县总工会办公室编　2027年5月10日 is the issue's own
    assertThat(KB.answer("这期简报是哪天出的").text()).contains("2027年5月10日");
    assertThat(KB.answer("落款单位是哪个").text()).contains("青禾县总工会办公室");
  }

  @Test
  void aStepOfAMethodNamedByItsCountIsTheStepTheItemGives() {
    // the headline names the method by its three steps; the report gives them inline
    KnowledgeBase issue =
        QaSet.knowledgeBaseOf(
            """
                    工会工作简报

                    【经验交流】
                    宏达机械：“三步调解法”化解劳动纠纷
                    宏达机械有限公司工会推行“三步调解法”，今年以来化解劳动纠纷12起。一是先听后说，由调解员上门听取职工诉求。二是摆事实讲政策，邀请律师逐条解读。三是跟踪回访，调解后一个月内回访当事职工。
                    """);
    assertThat(issue.answer("三步调解法的第二步是什么").text()).contains("摆事实讲政策");
    assertThat(issue.answer("三步调解法最后一步是什么").text()).contains("跟踪回访");
  }

  @Test
  void whereAThingOpenedIsTheSideOfAPlaceItNamesNotACountOfTheThing() {
    // 新增驿站2家 counts stations; 在…菜市场西侧揭牌 says where this one is
    KnowledgeBase issue =
        QaSet.knowledgeBaseOf(
            """
                    工会工作简报

                    【基层风采】
                    溪桥街道：“爱心驿站”开到菜市场
                    4月12日，溪桥街道第5家“爱心驿站”在溪桥菜市场西侧揭牌启用。溪桥街道总工会主席李秀兰介绍，街道今年新增驿站2家，投入资金8万元。
                    """);
    assertThat(issue.answer("溪桥第5家爱心驿站建在哪").text()).contains("溪桥菜市场西侧");
  }

  @Test
  void aTitleThatNamesNoOneIsNoAnswerToWho() {
    // the title 工会工作简报 holds the question's 简报 and says no one
    KnowledgeBase issue =
        QaSet.knowledgeBaseOf(
            """
                    工会工作简报

                    【工作动态】
                    区总工会召开职工书屋建设推进会
                    5月6日，区总工会召开职工书屋建设推进会，各街道总工会分管负责同志共35人参加会议。区总工会副主席钟立介绍了今年的建设任务。
                    """);
    assertThat(issue.answer("简报是谁编的").text()).doesNotStartWith("工会工作简报");
  }
}
