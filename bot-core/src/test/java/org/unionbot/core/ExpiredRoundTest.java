package org.unionbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.score.MutableClock;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.quiz.QuizItem;

/**
 * Fair play: an answer sent after its round expired (nothing done in the round for longer than a
 * session lives idle) is told so and not graded, whether this node still holds the round or another
 * node finds it open in the store.
 */
class ExpiredRoundTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Duration IDLE = Duration.ofMinutes(30);
  private static KnowledgeBase kb;

  @TempDir Path data;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T04:00:00Z"));
  private SqlScoreStore scores;
  private Bot.Settings settings;

  @BeforeAll
  static void knowledge() {
    kb = KnowledgeBase.bundled();
  }

  @BeforeEach
  void open() {
    scores = SqlScoreStore.open(data, clock, ZONE);
    settings = new Bot.Settings(5, IDLE, clock, ZONE);
  }

  @AfterEach
  void close() {
    scores.close();
  }

  private static Reply say(Bot bot, String user, String text) {
    return bot.handle(new Message.Text(user, text));
  }

  private static String right(Reply asked) {
    String id = asked.quiz().orElseThrow().id();
    QuizItem item =
        kb.quizItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    return item.type() == QuizItem.Type.CHOICE
        ? String.valueOf((char) ('A' + item.correctIndex()))
        : item.answer();
  }

  @Test
  void anAnswerAfterTheRoundExpiredIsToldSoAndNotGraded() {
    Bot bot = new Bot(kb, scores, settings);
    Reply asked = say(bot, "wechat:w1", "答题");
    clock.advance(Duration.ofMinutes(20));
    assertThat(say(bot, "wechat:w1", "学深悟透分为几个步骤").kind()).isEqualTo(Reply.Kind.ANSWER);
    clock.advance(Duration.ofMinutes(11)); // 31 minutes since the round last moved

    Reply late = say(bot, "wechat:w1", right(asked));
    assertThat(late.kind()).isEqualTo(Reply.Kind.HELP);
    assertThat(late.text()).contains("这一轮已超时结束").contains("回复“答题”重新开始");
    assertThat(late.grade()).isEmpty();
    assertThat(scores.standing("wechat:w1").answered()).isZero();
    assertThat(scores.standing("wechat:w1").points()).isZero();

    assertThat(say(bot, "wechat:w1", "B").kind())
        .as("the round is gone")
        .isNotEqualTo(Reply.Kind.GRADE);
    assertThat(say(bot, "wechat:w1", "答题").text()).as("a new round").contains("第1/5题");
  }

  @Test
  void aRoundThatMovesInTimeDoesNotExpire() {
    Bot bot = new Bot(kb, scores, settings);
    Reply r = say(bot, "wechat:w2", "答题");
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(25));
      r = say(bot, "wechat:w2", right(r));
      assertThat(r.grade().orElseThrow().correct()).isTrue();
    }
    assertThat(scores.standing("wechat:w2").answered()).isEqualTo(3);
  }

  @Test
  void skipAndQuitInAnExpiredRoundAreToldItExpired() {
    Bot bot = new Bot(kb, scores, settings);
    say(bot, "wechat:w3", "答题");
    clock.advance(IDLE.plusSeconds(1));
    assertThat(say(bot, "wechat:w3", "跳过").text()).contains("这一轮已超时结束");
    say(bot, "wechat:w4", "答题");
    clock.advance(IDLE.plusSeconds(1));
    assertThat(say(bot, "wechat:w4", "要点").kind())
        .as("a command runs")
        .isEqualTo(Reply.Kind.ANSWER);
    assertThat(say(bot, "wechat:w4", "退出").text()).as("no round any more").doesNotContain("已退出答题");
  }

  @Test
  void anotherNodeFindingAnAbandonedRoundSaysItExpired() {
    Bot first = new Bot(kb, scores, settings);
    Reply asked = say(first, "wechat:w5", "答题");
    clock.advance(Duration.ofHours(2));

    Bot next = new Bot(kb, scores, settings); // this user's session is gone
    Reply late = say(next, "wechat:w5", right(asked));
    assertThat(late.text()).contains("这一轮已超时结束").doesNotContain("中断");
    assertThat(scores.standing("wechat:w5").answered()).isZero();
    assertThat(say(next, "wechat:w5", "A").text()).as("told once").doesNotContain("超时");
  }
}
