package org.unionbot.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionbot.core.Bot;
import org.unionbot.core.Message;
import org.unionbot.core.Reply;
import org.unionbot.core.score.ScoreStore;
import org.unionbot.core.score.SqlScoreStore;
import org.unionbot.knowledge.KnowledgeBase;
import org.unionbot.knowledge.NoticeText;

/** A union matter is referred elsewhere only when no notice speaks of it. */
class ReferralTest {

  @TempDir Path data;

  private static final String TRIPS =
      "2027年职工疗休养政策问答\n\n问：疗休养一次几天？\n答：每期疗休养时间为5天。\n\n问：可以带家属吗？\n答：疗休养仅限职工本人参加。\n";

  @Test
  void aMatterTheNoticesSpeakOfGetsTheNoticesRefusalNotTheReferral() throws Exception {
    try (ScoreStore scores = SqlScoreStore.open(data)) {
      KnowledgeBase both =
          KnowledgeBase.of(
              List.of(
                  KnowledgeBase.bundledNotice(), new NoticeText("trips", Optional.empty(), TRIPS)));
      Bot bot = new Bot(both, scores, Bot.Settings.defaults(), (q, a) -> {});

      Reply refused = bot.handle(new Message.Text("wechat:u1", "疗休养能带宠物吗"));
      assertThat(refused.kind()).isEqualTo(Reply.Kind.FALLBACK);
      assertThat(refused.text()).doesNotStartWith(Referral.DEFAULT).doesNotContain("12351");
      assertThat(refused.suggestions()).isNotEmpty();

      Reply wages = bot.handle(new Message.Text("wechat:u2", "工资什么时候发"));
      assertThat(wages.text()).startsWith(Referral.DEFAULT);
    }
    try (ScoreStore scores = SqlScoreStore.open(data.resolve("b"))) {
      Bot bundled = new Bot(KnowledgeBase.bundled(), scores, Bot.Settings.defaults(), (q, a) -> {});

      assertThat(bundled.handle(new Message.Text("wechat:u3", "疗休养能带宠物吗")).text())
          .startsWith(Referral.DEFAULT);
    }
  }
}
