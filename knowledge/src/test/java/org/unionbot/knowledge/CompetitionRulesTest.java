package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A sports meet's competition rules (竞赛规程): a title that names the document by a kind of its own,
 * and events grouped under parts whose titles a worker names when asking for a position in them.
 */
class CompetitionRulesTest {

  private static final String RULES =
      """
      青禾县第五届职工运动会竞赛规程

      为丰富职工文化体育生活，县总工会决定于2027年10月举办第五届职工运动会。现将竞赛规程公布如下。

      一、竞赛项目
      （一）田径
      男子：100米、400米、跳远、铅球；
      女子：100米、200米、跳高、实心球。
      （二）趣味项目
      1.拔河：每队10人，男女各5人；
      2.跳长绳：每队12人；
      3.托球跑接力：每队4人，男女不限。
      （三）球类
      1.篮球：设男子组，每队报名12人；
      2.气排球：设混合组，每队报名10人；
      3.乒乓球：设男女混合团体，每队报名男女运动员各3人。

      二、竞赛办法
      拔河采用三局两胜制，每局限时1分钟。乒乓球团体赛采用五场三胜制，依次为男单、女单、男双、女双、混双。
      名次并列时，将该名次与下一名次的得分相加后平分，下一名次空缺。运动员须于赛前20分钟到检录处检录。

      三、报名办法
      各单位于9月10日前将报名表发送至县总工会电子邮箱，逾期不予受理。

      四、录取名次与计分
      田径各项目录取前八名，分别按9、7、6、5、4、3、2、1计分；趣味项目录取前六名，分别按7、5、4、3、2、1计分。

      联系人：县总工会宣教部 林晓岚，电话0759-3326418；县体育局群体科 贾振东，电话0759-3326877

      青禾县第五届职工运动会组织委员会
      2027年8月18日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("rules", Optional.empty(), RULES)));

  @Test
  void theKindOfDocumentItsTitleEndsWithNamesIt() {
    assertThat(KB.answer("竞赛规程是谁发布的").text()).contains("青禾县第五届职工运动会组织委员会");
    assertThat(KB.answer("竞赛规程什么时候发布的").text()).contains("2027年8月18日");
  }

  @Test
  void aPositionIsCountedInTheListASentenceGives() {
    assertThat(KB.answer("乒乓球团体赛第一场是什么").text()).contains("依次为男单");
    // the line that lists the women's events, not the second part of 「竞赛项目」
    assertThat(KB.answer("女子第二个项目是什么").text()).contains("女子：100米、200米");
  }

  @Test
  void aRankIsAmongTheFirstRanksASentenceScoresInOrder() {
    // 第一名 of 录取前八名，分别按9、7、6…计分
    assertThat(KB.answer("田径第一名得几分").text()).contains("9、7、6、5、4、3、2、1");
  }

  @Test
  void wordsTheNoticeDoesNotUseFindItsOwn() {
    // 聯絡人 asks the contact line, both people on it; 提前 of 赛前
    assertThat(KB.answer("聯絡人是誰").text()).contains("林晓岚", "贾振东");
    assertThat(KB.answer("检录要提前多久").text()).contains("赛前20分钟");
  }

  @Test
  void whatToDoInACaseIsAllTheSentenceSaysOfIt() {
    // …时，将…，…: every step for the case, not the first
    assertThat(KB.answer("名次并列后下一名次怎么办").text()).contains("下一名次空缺");
  }

  @Test
  void aPositionIsCountedInThePartTheQuestionNames() {
    // 球类 names its part: not the last of 趣味项目, whose title says 项目
    assertThat(KB.answer("球类最后一个项目是什么").text()).contains("乒乓球").doesNotContain("托球跑");
    assertThat(KB.answer("第二个球类项目是什么").text()).contains("气排球");
  }
}
