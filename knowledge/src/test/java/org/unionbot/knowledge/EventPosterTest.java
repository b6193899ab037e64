package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionbot.knowledge.notice.Items;
import org.unionbot.knowledge.notice.Notice;
import org.unionbot.knowledge.notice.NoticeParser;
import org.unionbot.knowledge.notice.Paragraph;
import org.unionbot.knowledge.notice.Section;

/**
 * An event's poster pasted with the text message and the 朋友圈 post that went out with it: a slogan
 * for a title, emoji-labelled lines, 【】 parts, a picture's placeholder, then each version under a
 * rule and a label of its own.
 */
class EventPosterTest {

  private static final String POSTER =
      """
      清凉一夏　安康同行
      ——云汀区2027年职工游泳培训班报名啦！

      为丰富职工暑期生活，区总工会举办职工游泳培训班，为会员送上一份暑期福利！

      📅 培训时间：7月10日至7月30日，每周二、四晚上7:00—8:30
      📍 培训地点：区全民健身中心游泳馆（滨湖路66号）
      💰 费用：每人100元，其余费用由区总工会承担
      ☎️ 咨询电话：0571-6612345

      【报名条件】
      ● 须为云汀区内工会会员
      ● 年龄18至55周岁，身体健康

      【活动安排】
      ▶ 第一天晚上：开班仪式＋安全讲座
      ▶ 第二天晚上：换气与蹬腿练习

      【请携带】
      ★ 泳衣、泳帽、泳镜
      ★ 防晒霜、遮阳帽

      温馨提示：
      1. 泳池边禁止明火，禁止追逐打闹。

      【二维码】

      主办单位：云汀区总工会

      ————————————————————
      短信版：
      【云汀区总工会】亲爱的会员：职工游泳培训班开始报名啦！7月10日开班，地点区全民健身中心游泳馆，每人100元，共80个名额，报满即止。本周三17:00截止。回T退订
      ————————————————————
      朋友圈版：
      夏天到了，想学游泳吗？🏊 区总工会请教练手把手教你啦！
      名额只有80个，手慢无！
      #云汀区总工会# #职工游泳培训班#
      """;

  private static final Notice NOTICE = new NoticeParser().parse("n", POSTER, Optional.empty());

  private static final KnowledgeBase KB = QaSet.knowledgeBaseOf(POSTER);

  private static List<String> headings() {
    return NOTICE.sections().stream().map(Section::heading).toList();
  }

  private static Section headed(String heading) {
    return NOTICE.sections().stream()
        .filter(s -> s.heading().equals(heading))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachVersionUnderARuleAndItsLabelIsAPartOfItsOwn() {
    assertThat(headings()).contains("报名条件", "短信版", "朋友圈版");
    // the message's sender in 【】 heads nothing, nor does the picture's placeholder
    assertThat(headings()).doesNotContain("云汀区总工会", "二维码");
    assertThat(headed("短信版").paragraphs().get(0).text()).startsWith("【云汀区总工会】亲爱的会员");
    assertThat(KB.answer("短信里说几点截止").text()).contains("17:00").contains("短信版");
  }

  @Test
  void aPostsTopicTagsAreNoHeading() {
    assertThat(headings()).noneMatch(h -> h.contains("#"));
    assertThat(headed("朋友圈版").paragraphs().stream().map(Paragraph::text))
        .anyMatch(p -> p.startsWith("名额只有80个"));
  }

  @Test
  void aSloganOfTwoPhrasesKeepsTheSpaceBetweenThem() {
    assertThat(NOTICE.title()).isEqualTo("清凉一夏　安康同行");
    assertThat(KB.answer("这个活动叫什么名字").text()).contains("《清凉一夏　安康同行》");
    // the line under the slogan says what the event is
    assertThat(KB.answer("这是什么活动").text()).contains("职工游泳培训班");
  }

  @Test
  void aShortLineThatGivesTheAskedFigureAnswersThoughItSharesNoWordWithTheQuestion() {
    KnowledgeBase kb =
        QaSet.knowledgeBaseOf(
            """
            童心同行　快乐一夏
            ——桐榭区2027年职工亲子夏令营报名啦！

            【报名条件】
            ● 须为桐榭区内工会会员
            ● 子女年龄6至12周岁（以7月9日计算）
            ● 每个家庭限1名职工带1名子女

            温馨提示：
            1. 活动全程家长须陪同孩子，孩子不得单独离队。

            ————————————————————
            短信版：
            【桐榭区总工会】亲爱的会员：亲子夏令营开始报名啦！对象为区内工会会员及6至12周岁子女，每个家庭200元，报满即止。回T退订
            """);
    // 多大 asks an age in 周岁: the two lines that give one agree, and the poster's says it in none of
    // the worker's words (孩子 is the notice's word too, elsewhere)
    assertThat(kb.answer("孩子多大能参加").text()).contains("6至12周岁").startsWith("不太确定");
  }

  @Test
  void aDayOfTheProgrammeSaysWhen() {
    // 第二天晚上 is the day a programme gives, counted from its start
    assertThat(KB.answer("蹬腿练习是哪天").text()).contains("第二天晚上");
  }

  @Test
  void everydayWordsFindTheNoticesWords() {
    // 烧烤 is what 明火 forbids; a 帽子 the 遮阳帽 to bring
    assertThat(KB.answer("泳池边能烧烤吗").text()).contains("禁止明火");
    assertThat(KB.answer("要带帽子吗").text()).contains("遮阳帽");
  }

  @Test
  void whereItIsHeldIsThePostersVenueLineBesideTheBundledNotice() {
    KnowledgeBase kb =
        KnowledgeBase.of(
            List.of(
                KnowledgeBase.bundledNotice(), new NoticeText("poster", Optional.empty(), POSTER)));
    // 在哪里办 names nothing: the one notice with a line of where its event is held answers, not a
    // city the bundled notice mentions
    assertThat(kb.answer("在哪里办").text()).contains("区全民健身中心游泳馆");
  }

  @Test
  void aProgrammesPartsAreWhatEachSaysNotTheirNumbers() {
    Notice n =
        new NoticeParser()
            .parse(
                "n",
                """
                读书分享会

                【活动安排】
                ▶ 第一部分：作者见面会，本地作家分享创作故事
                ▶ 第二部分：职工好书推荐，每人发言不超过5分钟
                ▶ 第三部分：图书漂流，带一本旧书换一本新书
                """,
                Optional.empty());
    assertThat(Items.of(n, n.sections().get(n.sections().size() - 1)))
        .allMatch(item -> !item.startsWith("第"))
        .anyMatch(item -> item.startsWith("作者见面会"));
  }
}
