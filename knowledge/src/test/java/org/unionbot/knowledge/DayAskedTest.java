package org.unionbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether something can still be done on a day (3月21日还能报名吗): notices give the deadline, not the day
 * a worker asks of, so the reply gives the deadline and says whether the day is past it.
 */
class DayAskedTest {

  private static final KnowledgeBase KB =
      QaSet.knowledgeBaseOf(
          """
          关于举办全市职工书法比赛的通知

          一、报名时间
          报名时间为3月10日至3月20日17:00，逾期不再受理。

          二、作品报送
          作品请于4月15日前送至市工人文化宫二楼。

          三、往返车票
          参赛职工凭4月1日至4月30日之间的车票报销交通费。
          """);

  @Test
  void aDayPastTheDeadlineIsSaidToBePastWithWhatBecomesOfItThen() {
    String reply = KB.answer("3月21日还能报名吗").text();
    assertThat(reply).contains("已经过了", "逾期不再受理", "3月20日17:00");
    assertThat(KB.answer("4月20日报送作品还来得及吗").text()).contains("已经过了", "4月15日前");
  }

  @Test
  void aDayWithinTheTimeIsSaidToBeWithinIt() {
    assertThat(KB.answer("3月18日还能报名吗").text()).contains("在通知规定的时间内", "3月20日");
  }

  @Test
  void aDayOfAThingIsNoDayOfTheDeed() {
    // 5月2日的车票: the ticket's day, which no deadline of a deed answers
    assertThat(KB.answer("5月2日的车票能报销吗").text()).doesNotContain("已经过了", "在通知规定的时间内");
  }
}
