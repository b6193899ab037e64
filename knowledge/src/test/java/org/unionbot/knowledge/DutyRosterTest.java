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

      二、值班纪律
      带班领导和值班人员须24小时手机畅通。

      霁川市总工会
      2027年2月4日
      """;

  private static final KnowledgeBase KB =
      KnowledgeBase.of(List.of(new NoticeText("roster", Optional.empty(), ROSTER)));

  @Test
  void aDaysDutyIsItsRowsCellOfTheColumnAsked() {
    assertThat(KB.answer("2月13日值班人员是谁").text()).contains("柯雨桐、邓一帆");
    assertThat(KB.answer("除夕谁带班").text()).contains("韩立群").doesNotContain("邵文澜");
    assertThat(KB.answer("初二的值班电话是多少").text()).contains("0758-3826127");
  }
}
