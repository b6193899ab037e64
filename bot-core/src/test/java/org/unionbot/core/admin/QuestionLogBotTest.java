package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionbot.core.admin.Notices.SHANGHAI;
import static org.unionbot.core.admin.Notices.SPORTS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.score.MutableClock;

/** The bot, wired to the admin service, logs what workers ask. */
class QuestionLogBotTest {

  @TempDir Path dir;

  @Test
  void theBotLogsQuestionsAndFallbacksButNotCommands() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    try (Admin admin = Admin.open(dir, SPORTS, clock, SHANGHAI)) {
      Bot bot =
          new Bot(
              admin.knowledge(),
              admin.scores(),
              new Bot.Settings(5, Duration.ofMinutes(30), clock, SHANGHAI),
              admin.questionLog());
      assertThat(say(bot, "职工运动会什么时候举办").kind()).isEqualTo(Reply.Kind.ANSWER);
      assertThat(say(bot, "食堂几点开饭？").kind()).isEqualTo(Reply.Kind.FALLBACK);
      assertThat(say(bot, "食堂几点开饭").kind()).isEqualTo(Reply.Kind.FALLBACK);
      say(bot, "帮助");
      say(bot, "积分");

      assertThat(admin.unanswered(10))
          .singleElement()
          .satisfies(
              u -> {
                assertThat(u.text()).isEqualTo("食堂几点开饭？");
                assertThat(u.count()).isEqualTo(2);
              });
      Stats stats = admin.stats(1);
      assertThat(stats.questions()).isEqualTo(3);
      assertThat(stats.answered()).isEqualTo(1);

      // once a FAQ pair answers it, the bot uses it from the next question on
      admin.faqFromUnanswered(new Actor("alice", ""), "食堂几点开饭？", "早上七点开饭。");
      assertThat(admin.unanswered(10)).isEmpty();
      assertThat(admin.knowledge().content().faqs()).hasSize(1);
    }
  }

  private static Reply say(Bot bot, String text) {
    return bot.handle(new Message.Text("u1", text));
  }
}
