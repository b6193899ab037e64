package org.unionbot.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.unionbot.core.intent.Referral;
import org.unionbot.core.score.MutableClock;

/** Admins change the line union matters outside the notices are referred with, like the menu. */
class ReferralSettingTest {

  @TempDir Path dir;

  @Test
  void anAdminsReferralLineIsUsedFromTheNextQuestionOnAndAudited() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    try (Admin admin = Admin.open(dir, SPORTS, clock, SHANGHAI)) {
      Bot bot =
          new Bot(
              admin.knowledge(),
              admin.scores(),
              new Bot.Settings(5, Duration.ofMinutes(30), clock, SHANGHAI),
              admin.questionLog(),
              new Referral(() -> admin.referral().orElse("")));
      Reply before = say(bot, "工会会费怎么交");
      assertThat(before.kind()).isEqualTo(Reply.Kind.FALLBACK);
      assertThat(before.text()).startsWith(Referral.DEFAULT).contains("12351");
      assertThat(admin.referral()).isEmpty();

      String line = "会费和维权问题请拨打市总工会服务热线12351，或到区总工会职工服务中心咨询。";
      admin.putReferral(new Actor("alice", ""), "  " + line + "\n");

      assertThat(admin.referral()).contains(line);
      Reply after = say(bot, "工会会费怎么交");
      assertThat(after.kind()).isEqualTo(Reply.Kind.FALLBACK);
      assertThat(after.text()).startsWith(line);
      assertThat(admin.unanswered(10)).isEmpty();
      assertThat(admin.audit(1))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo("put-referral");
                assertThat(e.target()).isEqualTo("referral");
              });
      assertThatThrownBy(() -> admin.putReferral(new Actor("alice", ""), "  "))
          .isInstanceOf(AdminException.class);
      assertThatThrownBy(() -> admin.putReferral(new Actor("alice", ""), "长".repeat(501)))
          .isInstanceOf(AdminException.class);
      assertThat(admin.referral()).contains(line);
    }
  }

  private static Reply say(Bot bot, String text) {
    return bot.handle(new Message.Text("wechat:u1", text));
  }
}
