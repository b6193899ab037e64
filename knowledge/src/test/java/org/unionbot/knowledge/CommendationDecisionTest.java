package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;

/**
 * A union's decision to commend the year's best, signed early the next year, with the name lists
 * under its 附件: units one to a line, people as 姓名（单位 职务）, padded or not.
 */
class CommendationDecisionTest {

  private static final String DECISION =
      """
      关于表彰2026年度全市工会工作先进集体和先进个人的决定

      各区、县总工会，各产业工会：
      　　2026年，全市各级工会组织团结动员广大职工建功立业，各项工作取得新成效。全年新建基层工会组织418家，新发展会员4.2万名。
      　　经市总工会常委会研究，决定授予澄川市鹤鸣区总工会等3个单位“先进集体”称号，授予周卫东等5名同志“先进个人”称号。
      　　对受表彰的个人颁发荣誉证书，并给予先进个人每人1000元的一次性奖励。
      　　各级工会要广泛宣传先进事迹，并于2027年3月底前组织开展一次先进事迹宣讲活动。

      　　　　　　　　　　　　　　　　　　　　澄川市总工会
      　　　　　　　　　　　　　　　　　　　　2027年2月10日

      附件
      先进集体和先进个人名单

      一、先进集体（3个）
      澄川市鹤鸣区总工会
      澄川市教育工会
      澄川港务集团有限公司工会

      二、先进个人（5名）
      周卫东（澄川市鹤鸣区总工会 常务副主席）
      林晓梅（女，澄川市江湾区总工会 副主席）
      郑　凯（澄川市新港区总工会 组织部部长）
      严思远（澄川市第三中学 语文教师）
      白玉兰（女，回族，澄川市鹤鸣区望江街道锦绣社区工会联合会 主席）
      """;

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(DECISION);

  @Test
  void lastYearIsTheYearADecisionSignedThisYearReportsOn() {
    // signed in 2027, the decision tells of 2026: that is the worker's 去年, not another occasion
    assertThat(KB.answer("去年全市新建了多少基层工会").text()).contains("418家");
    assertThat(KB.answer("去年发展了多少新会员").text()).contains("4.2万名");
  }

  @Test
  void theEntriesOfAListOfPeopleArePeople() {
    // 林晓梅（女，…副主席） is a person who holds the post, not a line that merely mentions it
    assertThat(KB.answer("江湾区总工会副主席是谁").text()).contains("林晓梅").doesNotContain("不太确定");
    assertThat(KB.answer("新港区总工会组织部部长是谁").text()).contains("郑　凯");
    // a woman, of the Hui: a name, though HanLP reads 白玉兰 as a flower
    assertThat(KB.answer("锦绣社区工会联合会主席是谁").text()).contains("白玉兰").doesNotContain("不太确定");
    assertThat(KB.answer("白玉兰是哪个民族").text()).contains("回族");
  }

  @Test
  void theHonourOfAUnitOrAPersonIsTheListTheyStandIn() {
    assertThat(KB.answer("港务集团工会获得了什么称号").text()).startsWith("澄川港务集团有限公司工会：列在「先进集体（3个）」名单中");
    assertThat(KB.answer("严思远评上了什么").text()).contains("「先进个人（5名）」");
  }

  @Test
  void aBonusIsTheRewardTheNoticeGivesInMoney() {
    // 奖金, the worker's word, of a decision that says 奖励
    assertThat(KB.answer("先进个人奖金多少").text()).contains("每人1000元");
  }

  @Test
  void beforeWhenAsksTheDeadline() {
    // 什么时候前 asks the day a thing is to be done by, not the day it starts
    assertThat(KB.answer("先进事迹宣讲什么时候前开展").text()).contains("2027年3月底前");
  }

  @Test
  void theSignatureAboveAPublicNoteAndALongListIsTheDecisionsNotTheImprints() {
    StringBuilder list = new StringBuilder();
    for (int i = 1; i <= 45; i++) {
      list.append("澄川市第").append(i).append("中学工会\n");
    }
    String decision =
        """
        关于表彰2026年度全市模范职工之家的决定

        各区、县总工会：
        　　经市总工会常委会研究，决定授予澄川市第1中学工会等45个单位“模范职工之家”称号。

        　　　　　　　　　　　　　　　　　　　　澄川市总工会
        　　　　　　　　　　　　　　　　　　　　2027年2月10日
        （此件公开发布）

        附件
        模范职工之家名单

        一、市直（45个）
        """
            + list
            + """
            二、区县（2个）
            石大勇（青石县石桥镇红星石材厂）、欧阳慧（女，青石县人民医院）

            抄送：省总工会。
            澄川市总工会办公室　　　　　　　　　　2027年2月11日印发
            """;
    Notice n = new NoticeParser().parse("n", decision, Optional.empty());
    assertThat(n.issuer()).contains("澄川市总工会");
    assertThat(n.dateline()).contains("2027年2月10日");
    // the last entries stay entries of their part, not a photo's caption
    assertThat(n.sections().get(n.sections().size() - 1).paragraphs().get(0).text())
        .startsWith("石大勇（");
    assertThat(QaSet.knowledgeBaseOf(decision).answer("决定的落款日期").text()).contains("2027年2月10日");
  }
}
