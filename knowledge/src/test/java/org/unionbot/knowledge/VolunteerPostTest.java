package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A public-account call for volunteers in Markdown: roles as a bulleted list whose lines open with
 * a bold label, a day whose weekday and clock times share a sentence, a platform named in quotes,
 * and questions that ask yes or no, or one of two, of a section that lists things.
 */
class VolunteerPostTest {

  private static final String POST =
      """
      # 📣2027鹭川马拉松职工志愿者招募令来啦！

      鹭川市总工会现面向全市职工招募赛会志愿者，快来看看有没有适合你的岗位吧👇

      ### 🧡 招募岗位

      - **领物服务岗**：在会展中心核验选手身份、发放参赛包，需45人；
      - **补给站服务岗**：在赛道沿途补给站分发饮用水，需120人；
      - **医疗协助岗**：配合医护人员在医疗点值守，需36人。

      ### ⏰ 服务时间

      - 领物日：4月16日至4月17日，每天分上午班和下午班；
      - 比赛日：4月18日（星期日），比赛7:30鸣枪，志愿者须于凌晨4:50到岗，服务至13:00结束。

      ### 📝 报名方式

      第一步：扫描文末二维码，或在微信中搜索「鹭川职工e站」小程序；

      第二步：进入“志愿服务”专区，点击“马拉松志愿者招募”；

      第三步：等待审核，录用结果将于3月28日前以短信通知。

      报名截止时间为3月20日17:00。名额有限，先到先得，报满即止！

      ### 💬 常见问题

      **问：我不是工会会员，能报名吗？**

      **答：** 可以。非会员职工同样可以报名，只是同等条件下会员优先。

      ### 📍 培训点

      本次共设两个培训点，各点每期名额如下：

      - 溪南区职工服务中心：青桐路88号三楼，名额120人
      - 南苑实验小学：学府路6号，名额100人

      ### 🎁 志愿者保障

      - **餐补**：按30元/班发放；
      - **时长**：志愿服务时长统一录入“鹭川志愿汇”平台；
      - **服装**：统一发放志愿者T恤，赛后无需归还。

      来源：鹭川市总工会 | 编辑：陈一苇 | 审核：方立新
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("volunteers", Optional.empty(), POST)));

  /** A recruitment notice loaded beside the post, as an admin adds one. */
  private static final String RECRUITMENT =
      """
      临澜市总工会2027年公开招聘社会化工会工作者公告

      一、招聘岗位和人数
      岗位代码01：综合服务岗，招聘3名，服务澜东区职工服务站。
      岗位代码02：帮扶救助岗，招聘6名，服务新港区职工帮扶站点。

      二、报名方式
      （一）报名时间：2027年3月8日至3月12日。
      （二）报名方式：一律采取网上报名，并将以下材料扫描合成一个PDF文件：
      1.《报名登记表》；
      2.近期免冠2寸彩色证件照1张。

      来源：临澜市总工会 | 编辑：王小明
      """;

  private static final KnowledgeBase BOTH =
      KnowledgeBase.of(
          List.of(
              new NoticeText("recruitment", Optional.empty(), RECRUITMENT),
              new NoticeText("volunteers", Optional.empty(), POST)));

  @Test
  void theLabelsOfABulletedListAreItsItems() {
    assertThat(KB.answer("一共有几个岗位").text()).contains("领物服务岗", "补给站服务岗", "医疗协助岗");
    assertThat(KB.answer("第二个岗位是什么").text()).contains("补给站服务岗");
  }

  @Test
  void theLineWithTheMostOrTheLeastIsTheOneAsked() {
    assertThat(KB.answer("哪个岗位人最多").text()).contains("补给站服务岗").doesNotContain("医疗协助岗");
    assertThat(KB.answer("哪个岗位招的人最少").text()).contains("医疗协助岗");
    assertThat(KB.answer("哪个培训点名额最多").text()).contains("溪南区职工服务中心");
  }

  @Test
  void besideAnotherNoticeTheMostOfEachIsGiven() {
    assertThat(BOTH.answer("哪个岗位人最多").text()).contains("补给站服务岗", "帮扶救助岗");
  }

  @Test
  void besideAnotherNoticeWithItsOwnListBothAreGiven() {
    String second = BOTH.answer("第二个岗位是什么").text();
    assertThat(second).contains("两份通知都有相关内容", "补给站服务岗", "帮扶救助岗");
    assertThat(BOTH.answer("一共有几个岗位").text()).contains("领物服务岗", "综合服务岗");
  }

  @Test
  void besideAnotherNoticeEachBylineIsGiven() {
    assertThat(BOTH.answer("编辑是谁").text()).contains("陈一苇", "王小明");
  }

  @Test
  void documentsAWayListsAreNoSteps() {
    // the recruitment's 报名方式 lists documents (以下材料：), not steps
    assertThat(BOTH.answer("报名最后一步是什么").text()).contains("等待审核");
  }

  @Test
  void aClockTimeAnswersThoughTheSentenceAlsoNamesTheWeekday() {
    assertThat(KB.answer("比赛日服务到几点结束").text()).contains("13:00结束");
  }

  @Test
  void aPlatformNamedInQuotesIsWhereOnline() {
    assertThat(KB.answer("志愿服务时长记录在哪个平台").text()).contains("鹭川志愿汇");
  }

  @Test
  void aBareYesGoesOnToItsTerms() {
    assertThat(KB.answer("不是会员能报吗").text()).contains("非会员职工同样可以报名");
  }

  @Test
  void theStepsOfAWayAreAskedByStep() {
    assertThat(KB.answer("报名最后一步是什么").text()).contains("等待审核");
  }

  @Test
  void aSetPhraseCutIntoCharactersIsOneWord() {
    assertThat(KB.answer("报名是先到先得吗").text()).contains("先到先得");
  }

  @Test
  void whoPlayedAPartIsInTheByline() {
    assertThat(KB.answer("编辑是谁").text()).contains("陈一苇");
    assertThat(KB.answer("审核人是谁").text()).contains("方立新");
  }

  @Test
  void oneOfTwoIsNoList() {
    assertThat(KB.answer("这些名额是每期的还是总共的").text()).contains("每期名额");
  }
}
