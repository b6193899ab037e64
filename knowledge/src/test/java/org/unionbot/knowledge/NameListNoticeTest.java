package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A publicity notice (公示) that lists people and teams one to a line under headings that count them,
 * with a period given as dates and as working days.
 */
class NameListNoticeTest {

  private static final String LIST =
      """
      关于2027年度市优秀工会积极分子拟表彰对象的公示

      经各基层工会推荐、市总工会审核，拟表彰以下个人和集体，现予公示。

      一、优秀工会积极分子拟表彰对象（3名）
      李春华　江城机电有限公司装配班班长
      周国强　江城市第二人民医院护士长
      陈晓东　江城公交集团驾驶员

      二、模范职工小家拟表彰对象（2个）
      江城钢铁集团轧钢车间职工小家
      江城市邮政分公司投递班职工小家

      三、公示时间
      公示期为2027年4月6日至4月12日，共5个工作日。

      江城市总工会
      2027年4月2日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("list", Optional.empty(), LIST)));

  @Test
  void namesOneToALineAreTheListNotPhotoCaptions() {
    assertThat(KB.answer("优秀工会积极分子拟表彰对象有哪些人").text())
        .contains("李春华", "周国强", "陈晓东")
        .doesNotContain("图片说明");
    assertThat(KB.answer("周国强是哪个单位的").text()).contains("第二人民医院");
  }

  @Test
  void aHeadingThatCountsInBracketsIsOfferedAsAQuestionOfItsList() {
    Answer refusal = KB.answer("今年的劳模疗养什么时候");

    assertThat(refusal.suggestions()).contains("模范职工小家拟表彰对象有哪些？").noneMatch(s -> s.startsWith("）"));
    assertThat(KB.answer("模范职工小家拟表彰对象有哪些？").text()).contains("轧钢车间", "投递班");
  }

  @Test
  void aHeadingCopiedFromTheOutlineIsAnsweredWithItsLines() {
    assertThat(KB.answer("优秀工会积极分子拟表彰对象（3名）").text())
        .contains("1.李春华", "3.陈晓东")
        .doesNotContain("不太确定");
  }

  @Test
  void aPositionInTheListOfThePartTheQuestionNames() {
    assertThat(KB.answer("工会积极分子名单第一个是谁").text()).contains("李春华").doesNotContain("周国强");
    assertThat(KB.answer("积极分子名单最后一位是谁").text()).contains("陈晓东");
    assertThat(KB.answer("模范职工小家有哪些集体").text()).contains("轧钢车间", "投递班");
  }

  @Test
  void whoIssuedThePublicityNotice() {
    assertThat(KB.answer("公示是哪个单位发的").text()).contains("江城市总工会");
  }

  @Test
  void theWorkingDaysAnswerHowManyDays() {
    assertThat(KB.answer("公示几天").text()).contains("5个工作日");
  }
}
