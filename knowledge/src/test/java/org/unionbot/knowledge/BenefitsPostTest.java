package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A public-account post of holiday benefits in Markdown: activities the title counts, one to a
 * numbered part, each with its time and place on labelled lines, the steps of a way to buy, a table
 * of prizes, a count whose noun the sentence before names, and a local number whose opening hours a
 * ； divides inside brackets.
 */
class BenefitsPostTest {

  private static final String POST =
      """
      # 【国庆福利】区总工会3项普惠活动来啦

      澜溪区总工会给大家准备了一份“节日大礼包”，赶紧转给身边的工友吧～

      ## 一、9.9元观影

      **活动时间**：9月28日10:00至10月7日24:00

      购买方式：

      1. 在小程序“9.9元观影”页面领取观影券；
      2. 选择影院、场次和座位；
      3. 使用观影券后支付9.9元即可出票。

      **规则说明**：观影券每天10:00开抢，每日限量800张，先到先得；活动期间每人限领2张，不可转赠。观影券有效期至10月15日，过期作废。

      ## 二、超市购物卡抽奖

      **活动时间**：10月1日至10月5日，每天20:00开奖

      活动期间，实名认证会员每人每天有1次抽奖机会。奖品如下：

      | 奖项 | 数量 | 奖品 |
      | --- | --- | --- |
      | 一等奖 | 20名 | 500元超市购物卡 |
      | 二等奖 | 100名 | 200元超市购物卡 |

      合作场馆共3家：动力源健身、澜溪区全民健身中心、青跃游泳健身馆。

      - 月卡：原价298元，会员价99元；
      - 季卡：原价698元，会员价259元。

      ## 年假有几天？

      年假天数看的是累计工作年限。《职工带薪年休假条例》第三条规定：

      - 累计工作满1年不满10年的，年休假5天；
      - 满10年不满20年的，年休假10天；
      - 满20年的，年休假15天。

      ## 三、职工书屋读书会

      **活动时间**：10月4日14:30—16:30

      **活动地点**：区职工服务中心二楼职工书屋（文昌路88号）

      读书会限40人，需在小程序报名，报名截止时间为10月2日18:00。

      客服电话：66283351（工作日9:00—17:30；10月1日至7日9:00—17:00）
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("post", Optional.empty(), POST)));

  @Test
  void aLineLabelledWithTheActivitysTimeAnswersWhenItRuns() {
    assertThat(KB.answer("观影活动什么时候开始").text()).contains("9月28日");
    assertThat(KB.answer("抽奖活动什么时候").text()).contains("10月1日至10月5日");
  }

  @Test
  void theActivitiesTheTitleCountsAreItsNumberedParts() {
    assertThat(KB.answer("一共有几个活动").text()).contains("3项普惠活动", "超市购物卡抽奖");
    assertThat(KB.answer("第二个活动是什么").text()).contains("超市购物卡抽奖");
    assertThat(KB.answer("最后一项活动是什么").text()).contains("职工书屋读书会");
  }

  @Test
  void aLineLabelledWithTheEventsTimeOrPlaceAnswersForTheSectionItHeads() {
    assertThat(KB.answer("读书会是哪天").text()).contains("10月4日");
    assertThat(KB.answer("读书会在哪里").text()).contains("二楼职工书屋");
  }

  @Test
  void aWayOfDoingWhatTheQuestionNamesIsDoneInSteps() {
    assertThat(KB.answer("观影第二步做什么").text()).contains("选择影院、场次和座位");
  }

  @Test
  void aListEndsWithOneFullStop() {
    assertThat(KB.answer("年假天数是哪条规定的").text()).contains("年休假15天").doesNotContain("。。");
  }

  @Test
  void aShortLineIsSaidWhole() {
    assertThat(KB.answer("健身月卡多少钱").text()).contains("会员价99元");
  }

  @Test
  void whatATableRowIsIsTheWholeRow() {
    assertThat(KB.answer("一等奖是什么").text()).contains("500元超市购物卡");
  }

  @Test
  void aCountInTheAskedMeasureCountsTheNounSaidBeforeIt() {
    assertThat(KB.answer("一个人能领几张电影券").text()).contains("每人限领2张");
  }

  @Test
  void aLocalNumberIsAPhoneAndItsHoursStayWithIt() {
    assertThat(KB.answer("客服电话是多少").text()).contains("66283351");
    assertThat(KB.answer("国庆期间客服几点有人").text()).contains("10月1日至7日9:00—17:00");
  }
}
