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

/** "第三个呢" after a list: the item once, whether or not its line says more than its name. */
class OrdinalFollowUpTest {

  @TempDir Path data;

  private static final String CONTEST =
      "关于举办职工技能大赛的通知\n\n一、竞赛工种\n本届大赛共设3个竞赛工种：\n1.电工，限报3人；\n2.焊工，限报3人；\n3.数控车工，限报2人。\n";

  @Test
  void anItemWhoseLineIsItsNameIsShownOnce() throws Exception {
    try (ScoreStore scores = SqlScoreStore.open(data)) {
      KnowledgeBase kb =
          KnowledgeBase.of(List.of(new NoticeText("contest", Optional.empty(), CONTEST)));
      Bot bot = new Bot(kb, scores, Bot.Settings.defaults(), (q, a) -> {});

      assertThat(bot.handle(new Message.Text("wechat:u1", "有哪些竞赛工种")).text()).contains("数控车工");
      Reply third = bot.handle(new Message.Text("wechat:u1", "第三个呢"));
      assertThat(third.text()).contains("第3项");
      assertThat(third.text().split("数控车工", -1)).hasSize(2);
    }
  }
}
