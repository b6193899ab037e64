package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A holiday duty roster typed as plain text, its columns lined up by spaces: a question about one
 * day's duty gets that day's row, with the column asked.
 */
class DutyRosterTest {

  private static final String ROSTER =
      """
      2027年春节假期工会服务值班安排

      节日期间，市总工会实行领导带班和24小时值班制度。

      一、值班安排
      值班地点：市总工会机关一楼总值班室

      日期               星期      带班领导    值班人员          值班电话
      2月10日（除夕）    星期三    韩立群      许明远、唐晓芸    0758-3862127
      2月11日（初一）    星期四    韩立群      宋嘉禾、唐晓芸    0758-3862127
      2月12日（初二）    星期五    邵文澜      许明远、邓一帆    0758-3826127
      2月13日（初三）    星期六    邵文澜      柯雨桐、邓一帆    0758-3826127

      注：0758-3862127为市总工会总值班室电话，0758-3826127为市职工服务中心值班室电话，请注意区分。

      二、值班纪律
      （一）严格交接班。每日8:30在总值班室当面交接，交班人员须填写《值班记录》。
      （二）保持通信畅通。带班领导和值班人员须24小时手机畅通。
      （三）及时报告重大情况。值班人员须在30分钟内电话报告带班领导。
      （四）值班期间严禁饮酒，不得擅离岗位。因特殊情况确需调班的，须提前1天报市总工会办公室同意。
      （五）各区（县）总工会参照本安排，于2月8日前将值班表报市总工会办公室。

      三、帮扶办理
      突发困难救助申请可在假期内到市职工服务中心提交，受理截止至2月17日；市总工会权益保障部收到材料后5个工作日内完成审核，审核通过的，救助金10个工作日内打入本人银行卡。

      四、联系方式
      市总工会办公室：0758-3861006（工作日8:30—17:30）
      职工服务热线：12351
      联系人：程嘉木（市总工会办公室）

      霁川市总工会
      2027年2月4日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("roster", Optional.empty(), ROSTER)));

  @Test
  void whichDaysAPersonIsOnDutyAreTheRowsThatNameThem() {
    String reply = KB.answer("许明远哪几天值班").text();

    assertThat(reply).contains("2月10日（除夕）", "2月12日（初二）").doesNotContain("2月11日", "不太确定");
    assertThat(KB.answer("邵文澜哪几天带班").text())
        .contains("2月12日（初二）", "2月13日（初三）")
        .doesNotContain("2月10日");
  }

  @Test
  void aDaysDutyIsItsRowsCellOfTheColumnAsked() {
    assertThat(KB.answer("2月13日值班人员是谁").text()).contains("柯雨桐、邓一帆");
    assertThat(KB.answer("除夕谁带班").text()).contains("韩立群").doesNotContain("邵文澜");
    assertThat(KB.answer("初二的值班电话是多少").text()).contains("0758-3826127");
  }

  @Test
  void aPointOfOneSentenceAmongRunInPointsIsAPointOfItsOwn() {
    // not more text of the point before it
    assertThat(KB.answer("值班表什么时候报").text()).contains("2月8日前");
    String last = KB.answer("值班纪律最后一条是什么").text();
    assertThat(last).contains("于2月8日前将值班表报市总工会办公室");
    assertThat(last.indexOf("参照本安排")).isEqualTo(last.lastIndexOf("参照本安排"));
  }

  @Test
  void aRunInHeadingThatIsARuleIsSaidByItsText() {
    // said, not only named by the heading the citation gives
    assertThat(KB.answer("值班期间能喝酒吗").text().split("——摘自")[0]).contains("严禁饮酒");
  }

  @Test
  void whoIsInChargeOfATaskIsTheBodyThatDoesIt() {
    assertThat(KB.answer("谁负责审核救助申请").text().split("——摘自")[0]).contains("市总工会权益保障部");
  }

  @Test
  void aTelephoneNumberAskedAboutFindsTheLineThatSaysWhoseItIs() {
    assertThat(KB.answer("0758-3862127是哪里的电话").text().split("——摘自")[0])
        .contains("0758-3862127为市总工会总值班室电话");
  }

  @Test
  void aFigureIsOfTheDeedItIsSaidWithNotOfTheCaseAfterIt() {
    // not the 10个工作日 of 审核通过的，救助金10个工作日内打入…
    // and without the case after it (审核通过的), which alone says nothing
    assertThat(KB.answer("审核要几个工作日").text().split("——摘自")[0])
        .contains("5个工作日内完成审核")
        .doesNotContain("审核通过的");
  }
}
