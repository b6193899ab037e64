package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A catalogue of recuperation routes in Markdown: a table of the routes under 「线路一览」, and contact
 * lines whose labels run to nine characters.
 */
class RouteCatalogueTest {

  private static final String CATALOGUE =
      """
      # 琅溪市总工会2027年春夏季职工疗休养线路指南

      琅溪市总工会2027年春夏季共推出四条疗休养线路。

      ## 线路一：雾岭山森林康养（4天3晚）

      **目的地：**鹤阳县雾岭山国家森林公园

      **费用标准：**每人2280元，其中市总工会承担2000元，个人承担280元。

      ## 线路二：青屿岛海滨疗休养（5天4晚）

      **目的地：**澄湾市青屿岛

      ## 线路三：云岫湖劳模专线（3天2晚）

      **目的地：**栖梧县云岫湖

      **费用标准：**每人1860元，全部由市总工会承担，个人不承担费用。

      ## 线路一览

      | 线路 | 天数 | 标准 |
      | --- | --- | --- |
      | 雾岭山森林康养 | 4天3晚 | 2280元/人 |
      | 青屿岛海滨疗休养 | 5天4晚 | 3150元/人 |
      | 云岫湖劳模专线 | 3天2晚 | 1860元/人 |
      | 鹤汀古镇文化休养 | 4天3晚 | 2460元/人 |

      ## 联系方式

      线路及报名咨询：市总工会职工服务部　周敏　0596-3318024

      劳模专线及保险咨询：市总工会劳模服务中心　韩立强　0596-3318057

      琅溪市总工会

      2027年2月26日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("routes", Optional.empty(), CATALOGUE)));

  @Test
  void aHeadingThatListsTheRoutesCountsThem() {
    assertThat(KB.answer("第二条线路是哪条").text()).contains("青屿岛海滨疗休养");
    assertThat(KB.answer("第三條線路是哪條").text()).contains("云岫湖劳模专线");
  }

  @Test
  void aPlaceCountedFromTheEndIsCountedFromTheEnd() {
    assertThat(KB.answer("倒数第二条线路是哪条").text()).contains("云岫湖劳模专线");
    assertThat(KB.answer("最后一条线路是哪条").text()).contains("鹤汀古镇文化休养");
  }

  @Test
  void aLabelNamesThePartItHeads() {
    assertThat(KB.answer("线路一是什么线路").text()).contains("雾岭山森林康养").doesNotContain("青屿岛");
    assertThat(KB.answer("线路二是哪条线路").text()).contains("青屿岛海滨疗休养").doesNotContain("雾岭山");
    assertThat(KB.answer("线路二的目的地是哪里").text()).contains("澄湾市青屿岛");
    assertThat(KB.answer("線路一去哪裡").text()).contains("鹤阳县雾岭山国家森林公园");
  }

  @Test
  void aPartComesWithTheWholeItIsPartOf() {
    // 其中 points back to the clause before it
    assertThat(KB.answer("雾岭山线路市总工会承担多少").text()).contains("每人2280元，其中市总工会承担2000元");
  }

  @Test
  void thePublishingBodyIsTheOneThatSignsIt() {
    assertThat(KB.answer("这份指南的发布单位是哪个").text()).contains("琅溪市总工会");
  }

  @Test
  void aContactLineWithALongLabelIsNoPhotoCaption() {
    assertThat(KB.answer("保险咨询找谁").text()).contains("韩立强", "联系方式").doesNotContain("图片");
  }

  @Test
  void whoBearsACostIsWhoTheSentenceSaysBearsIt() {
    // not 个人不承担费用, the clause that repeats the question's word
    assertThat(KB.answer("劳模专线的费用由谁承担").text().split("——摘自")[0]).contains("全部由市总工会承担");
  }
}
